package org.anhduong.referral.internal;

import org.anhduong.referral.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Referral pathways: per scope (a commune code or PROVINCE) and service type, the services in order. */
@Repository
class StoredPathways {

    /** A pathway as stored: its services' ids in order. */
    record Row(long id, String scope, ServiceType serviceType, int version, List<Long> serviceIds) {
    }

    private final JdbcClient jdbc;

    StoredPathways(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String scope, ServiceType type) {
        return jdbc.sql("SELECT id, scope, service_type, version FROM referral_pathways"
                        + " WHERE scope = :scope AND service_type = :type")
                .param("scope", scope).param("type", type.name())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("scope"),
                        ServiceType.valueOf(rs.getString("service_type")), rs.getInt("version"), List.of()))
                .optional().map(this::withSteps);
    }

    List<Row> all() {
        return jdbc.sql("SELECT id, scope, service_type, version FROM referral_pathways ORDER BY scope, service_type")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("scope"),
                        ServiceType.valueOf(rs.getString("service_type")), rs.getInt("version"), List.of()))
                .list().stream().map(this::withSteps).toList();
    }

    long insert(String scope, ServiceType type, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral_pathways (scope, service_type, version, updated_by, updated_at)
                        VALUES (:scope, :type, 1, :by, :at)""")
                .param("scope", scope).param("type", type.name()).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean touch(long id, int version, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE referral_pathways SET version = version + 1, updated_by = :by, updated_at = :at
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    void replaceSteps(long id, List<Long> serviceIds) {
        jdbc.sql("DELETE FROM referral_pathway_steps WHERE pathway_id = :id").param("id", id).update();
        for (int i = 0; i < serviceIds.size(); i++) {
            jdbc.sql("INSERT INTO referral_pathway_steps (pathway_id, position, service_id) VALUES (:id, :pos, :service)")
                    .param("id", id).param("pos", i + 1).param("service", serviceIds.get(i)).update();
        }
    }

    private Row withSteps(Row row) {
        List<Long> ids = jdbc.sql("SELECT service_id FROM referral_pathway_steps WHERE pathway_id = :id ORDER BY position")
                .param("id", row.id()).query(Long.class).list();
        return new Row(row.id(), row.scope(), row.serviceType(), row.version(), ids);
    }
}
