package org.anhduong.hotline.internal;

import org.anhduong.hotline.Urgency;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * What one contact adds to its number's totals ({@link CallerTotals}): the number (its blind index; null when the
 * contact has none), the organisation, the time it came in and the flags the lookup counts.
 */
record CallerShare(@Nullable String phoneIndex, long organisationId, Instant receivedAt, boolean gbvRelated,
                   boolean doNotCallBack, boolean dangerToLife) {

    /** The columns {@link #of(ResultSet)} reads. */
    static final String COLUMNS = "phone_bidx, organisation_id, received_at, gbv_related, do_not_call_back, urgency";

    static CallerShare of(ResultSet rs) throws SQLException {
        return new CallerShare(rs.getString("phone_bidx"), rs.getLong("organisation_id"),
                rs.getTimestamp("received_at").toInstant(), rs.getBoolean("gbv_related"),
                rs.getBoolean("do_not_call_back"), Urgency.DANGER_TO_LIFE.name().equals(rs.getString("urgency")));
    }

    /** From the column values {@link ContactColumns#of} gives for a new contact. */
    static CallerShare of(java.util.Map<String, @Nullable Object> columns, long organisationId) {
        return new CallerShare((String) columns.get("phone_bidx"), organisationId,
                ((Timestamp) Objects.requireNonNull(columns.get("received_at"))).toInstant(),
                Boolean.TRUE.equals(columns.get("gbv_related")), Boolean.TRUE.equals(columns.get("do_not_call_back")),
                Urgency.DANGER_TO_LIFE.name().equals(columns.get("urgency")));
    }

    boolean sameCaller(CallerShare other) {
        return Objects.equals(phoneIndex, other.phoneIndex) && organisationId == other.organisationId;
    }

    boolean sameFlags(CallerShare other) {
        return gbvRelated == other.gbvRelated && doNotCallBack == other.doNotCallBack
                && dangerToLife == other.dangerToLife;
    }

    /** Never prints the number's index. */
    @Override
    public String toString() {
        return "CallerShare[organisationId=" + organisationId + "]";
    }
}
