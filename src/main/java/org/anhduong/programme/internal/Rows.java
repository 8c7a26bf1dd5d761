package org.anhduong.programme.internal;

import org.anhduong.programme.Participants;
import org.jspecify.annotations.Nullable;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading nullable columns and participants' counts. */
final class Rows {

    private Rows() {
    }

    static @Nullable Long optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Integer optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable LocalDate optionalDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Participants participants(ResultSet rs) throws SQLException {
        return new Participants(rs.getLong("female"), rs.getLong("male"), rs.getLong("other_sex"));
    }
}
