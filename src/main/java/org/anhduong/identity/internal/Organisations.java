package org.anhduong.identity.internal;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.OrganisationKind;
import org.anhduong.platform.text.VietnameseText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Organisations and the localities they cover, in plain SQL. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(OrganisationData data, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO organisations (name, name_folded, kind, parent_id, phone, email, address, active, version,
                                                   created_at, updated_at)
                        VALUES (:name, :folded, :kind, :parent, :phone, :email, :address, :active, 0, :now, :now)""")
                .params(params(data))
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceLocalities(id, data.localities());
        return id;
    }

    /** Updates when the version still matches; false means someone else saved first. */
    public boolean update(long id, int version, OrganisationData data, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE organisations SET name = :name, name_folded = :folded, kind = :kind, parent_id = :parent,
                               phone = :phone, email = :email, address = :address, active = :active,
                               version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(params(data))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 1) {
            replaceLocalities(id, data.localities());
        }
        return rows == 1;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("SELECT * FROM organisations WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, localitiesOf(id))).optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM organisations WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** True when an organisation has exactly this name (the demo data checks it was not loaded before). */
    public boolean existsNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM organisations WHERE name = :name").param("name", name).query(Long.class).single() > 0;
    }

    /** Organisations whose folded name contains the folded query (all when blank), by name. */
    public List<Organisation> list(@Nullable String query, boolean activeOnly) {
        String folded = query == null ? "" : VietnameseText.fold(query);
        Map<Long, Set<String>> localities = allLocalities();
        return jdbc.sql("""
                        SELECT * FROM organisations
                        WHERE (:q = '' OR name_folded LIKE :pattern ESCAPE '\\') AND (:activeOnly = FALSE OR active = TRUE)
                        ORDER BY name_folded, id""")
                .param("q", folded)
                .param("pattern", "%" + Like.escape(folded) + "%")
                .param("activeOnly", activeOnly)
                .query((rs, n) -> map(rs, localities.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /** True when making {@code parentId} the parent of {@code id} would close a loop. */
    public boolean wouldCycle(long id, long parentId) {
        Long current = parentId;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current == id) {
                return true;
            }
            current = jdbc.sql("SELECT parent_id FROM organisations WHERE id = :id").param("id", current)
                    .query(Long.class).optional().orElse(null);
        }
        return false;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM organisations").query(Long.class).single();
    }

    private Map<String, Object> params(OrganisationData data) {
        var params = new HashMap<String, Object>();
        params.put("name", data.name());
        params.put("folded", VietnameseText.fold(data.name()));
        params.put("kind", data.kind().name());
        params.put("parent", data.parentId());
        params.put("phone", data.phone());
        params.put("email", data.email());
        params.put("address", data.address());
        params.put("active", data.active());
        return params;
    }

    private void replaceLocalities(long id, Set<String> codes) {
        jdbc.sql("DELETE FROM organisation_localities WHERE organisation_id = :id").param("id", id).update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO organisation_localities (organisation_id, locality_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private Set<String> localitiesOf(long id) {
        return new TreeSet<>(jdbc.sql("SELECT locality_code FROM organisation_localities WHERE organisation_id = :id")
                .param("id", id).query(String.class).list());
    }

    private Map<Long, Set<String>> allLocalities() {
        Map<Long, Set<String>> byOrganisation = new HashMap<>();
        jdbc.sql("SELECT organisation_id, locality_code FROM organisation_localities").query(rs -> {
            byOrganisation.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        return byOrganisation;
    }

    private static Organisation map(ResultSet rs, Set<String> localities) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
                parentId, rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                Set.copyOf(localities), rs.getBoolean("active"), rs.getInt("version"));
    }
}
