package org.anhduong.referral.internal;

import org.anhduong.referral.Eligibility;
import org.anhduong.referral.PublicField;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.anhduong.platform.text.VietnameseText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The directory's services and the communes they cover. */
@Repository
class DirectoryRows {

    private static final String SELECT = "SELECT s.* FROM referral_services s";

    private final JdbcClient jdbc;

    DirectoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A service as stored, before the organisation's name is added. */
    record Row(long id, int version, long organisationId, String name, ServiceType serviceType, boolean provinceWide,
               List<String> communeCodes, boolean open24h, @Nullable String openingHours,
               @Nullable String contactPhone, @Nullable String contactEmail, @Nullable String contactPerson,
               List<String> languages, Set<Eligibility> eligibility, @Nullable String capacityNotes,
               Set<PublicField> publicFields, boolean active, Instant updatedAt) {
    }

    /** Valid details, ready to store. */
    record Data(long organisationId, String name, ServiceType serviceType, boolean provinceWide,
                List<String> communeCodes, boolean open24h, @Nullable String openingHours,
                @Nullable String contactPhone, @Nullable String contactEmail, @Nullable String contactPerson,
                List<String> languages, Set<Eligibility> eligibility, @Nullable String capacityNotes,
                Set<PublicField> publicFields, boolean active) {
    }

    long insert(Data data, String organisationName, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral_services (organisation_id, name, service_type, sector, province_wide, open_24h,
                            opening_hours, contact_phone, contact_email, contact_person, languages, eligibility,
                            capacity_notes, public_fields, search_key, active, version, updated_by, updated_at)
                        VALUES (:organisation, :name, :type, :sector, :provinceWide, :open24h, :hours, :phone, :email,
                            :person, :languages, :eligibility, :capacity, :publicFields, :searchKey, :active, 0, :by, :at)""")
                .params(params(data, organisationName, by, at)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        saveCommunes(id, data);
        return id;
    }

    boolean update(long id, int version, Data data, String organisationName, long by, Instant at) {
        int changed = jdbc.sql("""
                        UPDATE referral_services SET organisation_id = :organisation, name = :name, service_type = :type,
                            sector = :sector, province_wide = :provinceWide, open_24h = :open24h, opening_hours = :hours,
                            contact_phone = :phone, contact_email = :email, contact_person = :person,
                            languages = :languages, eligibility = :eligibility, capacity_notes = :capacity,
                            public_fields = :publicFields, search_key = :searchKey, active = :active,
                            version = version + 1, updated_by = :by, updated_at = :at
                        WHERE id = :id AND version = :version""")
                .params(params(data, organisationName, by, at)).param("id", id).param("version", version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM referral_service_communes WHERE service_id = :id").param("id", id).update();
        saveCommunes(id, data);
        return true;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::map).optional()
                .map(row -> withCommunes(List.of(row)).getFirst());
    }

    List<Row> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withCommunes(jdbc.sql(SELECT + " WHERE s.id IN (:ids)").param("ids", ids).query(this::map).list());
    }

    List<Row> search(ServiceSearch search) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        if (!search.includeInactive()) {
            where.add("s.active = TRUE");
        }
        if (search.serviceType() != null) {
            where.add("s.service_type = :type");
            params.put("type", search.serviceType().name());
        }
        if (search.sector() != null) {
            where.add("s.sector = :sector");
            params.put("sector", search.sector().name());
        }
        if (search.communeCode() != null && !search.communeCode().isBlank()) {
            where.add("(s.province_wide = TRUE OR EXISTS (SELECT 1 FROM referral_service_communes c"
                    + " WHERE c.service_id = s.id AND c.commune_code = :commune))");
            params.put("commune", search.communeCode().strip());
        }
        if (search.text() != null && !search.text().isBlank()) {
            int i = 0;
            for (String word : VietnameseText.tokens(search.text())) {
                where.add("s.search_key LIKE :w" + i);
                params.put("w" + i++, "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
        }
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY s.sector, s.service_type, s.name, s.id FETCH FIRST " + ServiceDirectory.LIMIT + " ROWS ONLY";
        return withCommunes(jdbc.sql(sql).params(params).query(this::map).list());
    }

    private void saveCommunes(long id, Data data) {
        if (data.provinceWide()) {
            return;
        }
        for (String code : data.communeCodes()) {
            jdbc.sql("INSERT INTO referral_service_communes (service_id, commune_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private List<Row> withCommunes(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> communes = new HashMap<>();
        jdbc.sql("SELECT service_id, commune_code FROM referral_service_communes WHERE service_id IN (:ids)"
                        + " ORDER BY commune_code")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> communes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new Row(r.id(), r.version(), r.organisationId(), r.name(), r.serviceType(),
                r.provinceWide(), communes.getOrDefault(r.id(), List.of()), r.open24h(), r.openingHours(),
                r.contactPhone(), r.contactEmail(), r.contactPerson(), r.languages(), r.eligibility(),
                r.capacityNotes(), r.publicFields(), r.active(), r.updatedAt())).toList();
    }

    private static Map<String, Object> params(Data d, String organisationName, long by, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("organisation", d.organisationId());
        p.put("name", d.name());
        p.put("type", d.serviceType().name());
        p.put("sector", d.serviceType().sector().name());
        p.put("provinceWide", d.provinceWide());
        p.put("open24h", d.open24h());
        p.put("hours", d.openingHours());
        p.put("phone", d.contactPhone());
        p.put("email", d.contactEmail());
        p.put("person", d.contactPerson());
        p.put("languages", String.join(",", d.languages()));
        p.put("eligibility", names(d.eligibility()));
        p.put("capacity", d.capacityNotes());
        p.put("publicFields", names(d.publicFields()));
        p.put("searchKey", VietnameseText.fold(d.name() + " " + organisationName));
        p.put("active", d.active());
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        return p;
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable String stored) {
        var set = EnumSet.noneOf(type);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        String languages = rs.getString("languages");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("organisation_id"), rs.getString("name"),
                ServiceType.valueOf(rs.getString("service_type")), rs.getBoolean("province_wide"), List.of(),
                rs.getBoolean("open_24h"), rs.getString("opening_hours"), rs.getString("contact_phone"),
                rs.getString("contact_email"), rs.getString("contact_person"),
                languages.isBlank() ? List.of() : List.of(languages.split(",")),
                enums(Eligibility.class, rs.getString("eligibility")), rs.getString("capacity_notes"),
                enums(PublicField.class, rs.getString("public_fields")), rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
