package org.anhduong.referral.internal;

import org.anhduong.casework.EspSector;
import org.anhduong.referral.SectorCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The steps of every referral (status reached or reminder sent, by whom, when), and the counts built on them. */
@Repository
class ReferralHistory {

    /** One stored step. */
    record Step(long referralId, String kind, @Nullable Long actorId, Instant at) {
    }

    private final JdbcClient jdbc;

    ReferralHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long referralId, String kind, @Nullable Long actorId, Instant at) {
        jdbc.sql("INSERT INTO referral_steps (referral_id, status, actor_id, at) VALUES (:id, :kind, :actor, :at)")
                .param("id", referralId).param("kind", kind).param("actor", actorId).param("at", Timestamp.from(at))
                .update();
    }

    List<Step> of(List<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT referral_id, status, actor_id, at FROM referral_steps WHERE referral_id IN (:ids)"
                        + " ORDER BY referral_id, id")
                .param("ids", referralIds)
                .query((rs, n) -> {
                    long actor = rs.getLong("actor_id");
                    return new Step(rs.getLong("referral_id"), rs.getString("status"), rs.wasNull() ? null : actor,
                            rs.getTimestamp("at").toInstant());
                }).list();
    }

    /** Sent, accepted and completed steps in [from, to) by the referral's sector; every sector is listed. */
    List<SectorCount> countsBySector(Instant from, Instant to, @Nullable Long caseOrganisationId) {
        Map<EspSector, long[]> counts = new EnumMap<>(EspSector.class);
        for (EspSector sector : EspSector.values()) {
            counts.put(sector, new long[3]);
        }
        jdbc.sql("SELECT r.sector, s.status, COUNT(*) AS n FROM referral_steps s"
                        + " JOIN referral_referrals r ON r.id = s.referral_id"
                        + " WHERE s.at >= :from AND s.at < :to AND s.status IN ('SENT', 'ACCEPTED', 'COMPLETED')"
                        + (caseOrganisationId == null ? "" : " AND r.case_organisation_id = :org")
                        + " GROUP BY r.sector, s.status")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("org", caseOrganisationId)
                .query((rs, n) -> {
                    long[] row = counts.get(EspSector.valueOf(rs.getString("sector")));
                    int column = switch (rs.getString("status")) {
                        case "SENT" -> 0;
                        case "ACCEPTED" -> 1;
                        default -> 2;
                    };
                    row[column] = rs.getLong("n");
                    return row;
                }).list();
        return counts.entrySet().stream()
                .map(e -> new SectorCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
