package org.anhduong.hotline.internal;

import org.anhduong.hotline.CallBack;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * The hotline_figure_pending table: the local days whose figures a write may have changed. A contact write appends
 * its days here, in its own transaction, and nothing else: an append takes no lock another save could wait on, so the
 * save path stays as fast with the figures as without. {@link FigureRollup} recomputes the days later.
 */
@Repository
class FigureDays {

    /** Figures count by calendar day in Vietnam. */
    static final ZoneId ZONE = CallBack.ZONE;

    private final JdbcClient jdbc;

    FigureDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** The first instant of the local day. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Marks the days of these receive times (a contact's old and new time) as changed, each day once. */
    void touched(Instant... receivedAt) {
        Stream.of(receivedAt).map(FigureDays::dayOf).distinct().forEach(day ->
                jdbc.sql("INSERT INTO hotline_figure_pending (received_day) VALUES (:day)").param("day", day).update());
    }
}
