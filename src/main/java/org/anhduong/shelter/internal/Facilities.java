package org.anhduong.shelter.internal;

import org.anhduong.platform.crypto.EncryptedColumn;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityDetails;
import org.anhduong.shelter.FacilityKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The facilities of the registry; address and contact person encrypted. */
@Repository
class Facilities {

    static final String ADDRESS = "shelter.facility.address";
    static final String CONTACT = "shelter.facility.contact";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Facilities(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(FacilityDetails d, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO shelter_facilities (organisation_id, name, kind, capacity, accepts_children, accessible,
                               commune_code, address_enc, contact_enc, active, version, updated_by, updated_at)
                        VALUES (:org, :name, :kind, :capacity, :children, :accessible, :commune, :address, :contact,
                               :active, 1, :user, :now)""")
                .params(params(d)).param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, FacilityDetails d, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE shelter_facilities SET organisation_id = :org, name = :name, kind = :kind,
                               capacity = :capacity, accepts_children = :children, accessible = :accessible,
                               commune_code = :commune, address_enc = :address, contact_enc = :contact,
                               active = :active, version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", version).param("user", userId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<Facility> find(long id) {
        return jdbc.sql("SELECT * FROM shelter_facilities WHERE id = :id").param("id", id)
                .query((rs, row) -> facility(rs)).optional();
    }

    /**
     * The facility's row, locked until the transaction ends: placements in one facility are checked one after the
     * other, so two case workers placing at once cannot both take its last place.
     */
    Optional<Facility> lock(long id) {
        return jdbc.sql("SELECT * FROM shelter_facilities WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, row) -> facility(rs)).optional();
    }

    List<Facility> all() {
        return jdbc.sql("SELECT * FROM shelter_facilities ORDER BY name, id").query((rs, row) -> facility(rs)).list();
    }

    /**
     * Every facility without its need-to-know fields, which stay encrypted: the board shows none of them, and
     * decrypting two fields of every facility on each view of it would be most of the board's work.
     */
    List<Facility> withoutSecrets() {
        return jdbc.sql("""
                        SELECT id, version, organisation_id, name, kind, capacity, accepts_children, accessible,
                               commune_code, active FROM shelter_facilities ORDER BY name, id""")
                .query((rs, row) -> new Facility(rs.getLong("id"), rs.getInt("version"), rs.getLong("organisation_id"),
                        rs.getString("name"), FacilityKind.valueOf(rs.getString("kind")), rs.getInt("capacity"),
                        rs.getBoolean("accepts_children"), rs.getBoolean("accessible"), rs.getString("commune_code"),
                        null, null, rs.getBoolean("active"), false))
                .list();
    }

    private java.util.Map<String, Object> params(FacilityDetails d) {
        var params = new java.util.HashMap<String, Object>();
        params.put("org", d.organisationId());
        params.put("name", d.name());
        params.put("kind", d.kind() == null ? null : d.kind().name());
        params.put("capacity", d.capacity());
        params.put("children", d.acceptsChildren());
        params.put("accessible", d.accessible());
        params.put("commune", d.communeCode());
        params.put("address", cipher.encrypt(d.address(), ADDRESS));
        params.put("contact", cipher.encrypt(d.contactPerson(), CONTACT));
        params.put("active", d.active());
        return params;
    }

    /** With the need-to-know fields decrypted; the service drops them for readers who may not know them. */
    private Facility facility(ResultSet rs) throws SQLException {
        return new Facility(rs.getLong("id"), rs.getInt("version"), rs.getLong("organisation_id"), rs.getString("name"),
                FacilityKind.valueOf(rs.getString("kind")), rs.getInt("capacity"), rs.getBoolean("accepts_children"),
                rs.getBoolean("accessible"), rs.getString("commune_code"),
                cipher.decrypt(rs.getString("address_enc"), ADDRESS),
                cipher.decrypt(rs.getString("contact_enc"), CONTACT), rs.getBoolean("active"), true);
    }

    /** The encrypted columns, for key rotation. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn shelterFacilityAddress() {
            return new EncryptedColumn("shelter_facilities", "id", "address_enc", ADDRESS);
        }

        @Bean
        EncryptedColumn shelterFacilityContact() {
            return new EncryptedColumn("shelter_facilities", "id", "contact_enc", CONTACT);
        }
    }
}
