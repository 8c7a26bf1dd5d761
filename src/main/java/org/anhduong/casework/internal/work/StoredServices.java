package org.anhduong.casework.internal.work;

import org.anhduong.casework.EspSector;
import org.anhduong.casework.ServiceDelivery;
import org.anhduong.casework.ServiceGiven;
import org.anhduong.casework.ServiceType;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Services given; a provider named in prose and the outcome are encrypted. */
@Repository
class StoredServices {

    /** A service's fields as checked: the provider is an organisation, a name, or neither. */
    record Row(ServiceType type, LocalDate givenOn, @Nullable Long providerOrganisationId,
               @Nullable String providerName, @Nullable String outcome) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StoredServices(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(long caseId, Row row, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO casework_services (case_id, service_type, sector, given_on, provider_org_id,
                               provider_name_enc, outcome_enc, version, recorded_by, recorded_at, updated_at)
                        VALUES (:case, :type, :sector, :on, :org, :name, :outcome, 0, :by, :at, :at)""")
                .param("case", caseId).params(values(row)).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, Row row, Instant at) {
        return jdbc.sql("""
                        UPDATE casework_services SET service_type = :type, sector = :sector, given_on = :on,
                               provider_org_id = :org, provider_name_enc = :name, outcome_enc = :outcome,
                               version = version + 1, updated_at = :at
                        WHERE id = :id AND version = :version""")
                .params(values(row)).param("at", Timestamp.from(at)).param("id", id).param("version", version)
                .update() == 1;
    }

    List<ServiceGiven> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM casework_services WHERE case_id = :case ORDER BY given_on DESC, id DESC")
                .param("case", caseId).query(this::map).list();
    }

    Optional<ServiceGiven> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM casework_services WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(this::map).optional();
    }

    List<ServiceDelivery> given(ServiceType type, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT s.id, s.case_id, c.organisation_id, s.service_type, s.given_on
                        FROM casework_services s JOIN casework_cases c ON c.id = s.case_id
                        WHERE s.service_type = :type AND s.given_on BETWEEN :from AND :to
                        ORDER BY s.given_on, s.id""")
                .param("type", type.name()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new ServiceDelivery(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getLong("organisation_id"), ServiceType.valueOf(rs.getString("service_type")),
                        rs.getDate("given_on").toLocalDate()))
                .list();
    }

    private Map<String, @Nullable Object> values(Row row) {
        var values = new HashMap<String, @Nullable Object>();
        values.put("type", row.type().name());
        values.put("sector", row.type().sector().name());
        values.put("on", Date.valueOf(row.givenOn()));
        values.put("org", row.providerOrganisationId());
        values.put("name", cipher.encrypt(row.providerName(), WorkColumns.PROVIDER));
        values.put("outcome", cipher.encrypt(row.outcome(), WorkColumns.OUTCOME));
        return values;
    }

    private ServiceGiven map(ResultSet rs, int row) throws SQLException {
        long org = rs.getLong("provider_org_id");
        Long provider = rs.wasNull() ? null : org;
        return new ServiceGiven(rs.getLong("id"), rs.getLong("case_id"),
                ServiceType.valueOf(rs.getString("service_type")), EspSector.valueOf(rs.getString("sector")),
                rs.getDate("given_on").toLocalDate(), provider,
                cipher.decrypt(rs.getString("provider_name_enc"), WorkColumns.PROVIDER),
                cipher.decrypt(rs.getString("outcome_enc"), WorkColumns.OUTCOME), rs.getInt("version"),
                rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
