package org.anhduong.referral.internal;

import org.anhduong.casework.EspSector;
import org.anhduong.referral.ReferralFigures.ReferralFact;
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

    /** The steps reporting counts. */
    private static final String COUNTED = "'SENT', 'ACCEPTED', 'COMPLETED'";

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

    /**
     * Referrals with a sent, accepted or completed step in [from, to), each with its three moments, in one statement:
     * the referrals are found through their steps in the period, then all their counted steps are folded into one
     * row. A referral reaches each status once (statuses never go back), so MIN is the moment itself.
     */
    List<ReferralFact> facts(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT r.id, r.case_id, r.case_organisation_id, r.sector, r.sent_at,
                               MIN(CASE WHEN s.status = 'SENT' THEN s.at END) AS sent_step,
                               MIN(CASE WHEN s.status = 'ACCEPTED' THEN s.at END) AS accepted_at,
                               MIN(CASE WHEN s.status = 'COMPLETED' THEN s.at END) AS completed_at
                        FROM referral_referrals r JOIN referral_steps s ON s.referral_id = r.id
                        WHERE r.id IN (SELECT referral_id FROM referral_steps
                                       WHERE at >= :from AND at < :to AND status IN (%s))
                          AND s.status IN (%s)
                        GROUP BY r.id, r.case_id, r.case_organisation_id, r.sector, r.sent_at
                        ORDER BY r.id""".formatted(COUNTED, COUNTED))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    Timestamp sent = rs.getTimestamp("sent_step");
                    return new ReferralFact(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("case_organisation_id"),
                            EspSector.valueOf(rs.getString("sector")),
                            (sent == null ? rs.getTimestamp("sent_at") : sent).toInstant(),
                            instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("completed_at")));
                }).list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Sent, accepted and completed steps in [from, to) by the referral's sector; every sector is listed. */
    List<SectorCount> countsBySector(Instant from, Instant to, @Nullable Long caseOrganisationId) {
        Map<EspSector, long[]> counts = new EnumMap<>(EspSector.class);
        for (EspSector sector : EspSector.values()) {
            counts.put(sector, new long[3]);
        }
        jdbc.sql("SELECT r.sector, s.status, COUNT(*) AS n FROM referral_steps s"
                        + " JOIN referral_referrals r ON r.id = s.referral_id"
                        + " WHERE s.at >= :from AND s.at < :to AND s.status IN (" + COUNTED + ")"
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
