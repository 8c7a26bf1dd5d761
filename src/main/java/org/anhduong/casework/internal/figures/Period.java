package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseFigureQuery;
import org.anhduong.platform.web.InvalidInputException;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A report's local days as the queries need them: {@code :from} and {@code :to} for days, {@code :start} (the first
 * day's local midnight) included and {@code :end} (the local midnight after the last day) excluded for instants.
 */
record Period(LocalDate from, LocalDate to, Timestamp start, Timestamp end) {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static Period of(CaseFigureQuery query) {
        if (query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "casework.handover.periodOrder");
        }
        return new Period(query.from(), query.to(), Timestamp.from(query.from().atStartOfDay(ZONE).toInstant()),
                Timestamp.from(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
    }

    Map<String, Object> params() {
        return Map.of("from", Date.valueOf(from), "to", Date.valueOf(to), "start", start, "end", end);
    }
}
