package org.anhduong.hotline.internal;

import org.anhduong.hotline.CategoryGroup;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.hotline.ContactFigures;
import org.anhduong.hotline.ContactGroup;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts from the daily rollup ({@link FigureRollup}) for the days it has settled, and from the contacts themselves
 * for the days still pending (usually today only), in one statement per list. Both lists are read in one
 * repeatable-read transaction: pending days, rollup and contacts are seen as of one instant, so a day recomputed or
 * written to while the figures are read is counted exactly once.
 */
@Service
class ContactFigureCounting implements ContactFigures {

    private static final String GROUP_COLUMNS =
            "organisation_id, locality_code, line_id, channel, direction, contact_type, urgency, gbv_related";
    private static final String LIVE_GROUPS = "SELECT organisation_id, COALESCE(locality_code, '') AS locality_code, "
            + "COALESCE(line_id, 0) AS line_id, channel, direction, contact_type, urgency, gbv_related, 1 AS contacts "
            + "FROM hotline_contacts WHERE ";
    private static final String LIVE_CATEGORIES = """
            SELECT DISTINCT c.id, c.organisation_id, COALESCE(c.locality_code, '') AS locality_code,
                   k.top_code AS top_category_code
            FROM hotline_contacts c
            JOIN hotline_contact_categories cc ON cc.contact_id = c.id
            JOIN hotline_categories k ON k.code = cc.category_code
            WHERE\s""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ContactFigureCounting(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public ContactCounts count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "hotline.query.range");
        }
        return Objects.requireNonNull(tx.execute(status -> {
            List<LocalDate> pending = jdbc.sql("""
                            SELECT DISTINCT received_day FROM hotline_figure_pending WHERE received_day BETWEEN :from AND :to
                            ORDER BY received_day""")
                    .param("from", from).param("to", to).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
            var ranges = Ranges.of(pending);
            return new ContactCounts(from, to, groups(from, to, pending, ranges), categories(from, to, pending, ranges));
        }));
    }

    private List<ContactGroup> groups(LocalDate from, LocalDate to, List<LocalDate> pending, Ranges ranges) {
        String settled = "SELECT " + GROUP_COLUMNS + ", contacts FROM hotline_contact_daily WHERE "
                + settledDays(pending);
        String rows = pending.isEmpty() ? settled : settled + " UNION ALL " + LIVE_GROUPS + ranges.sql("received_at");
        var statement = jdbc.sql("SELECT " + GROUP_COLUMNS + ", SUM(contacts) AS contacts FROM (" + rows + ") f GROUP BY "
                + GROUP_COLUMNS);
        return bind(statement, from, to, pending, ranges).query(ContactFigureCounting::group).list();
    }

    private List<CategoryGroup> categories(LocalDate from, LocalDate to, List<LocalDate> pending, Ranges ranges) {
        String columns = "organisation_id, locality_code, top_category_code";
        String settled = "SELECT " + columns + ", contacts FROM hotline_contact_category_daily WHERE "
                + settledDays(pending);
        String rows = pending.isEmpty() ? settled : settled + " UNION ALL SELECT " + columns + ", 1 AS contacts FROM ("
                + LIVE_CATEGORIES + ranges.sql("c.received_at") + ") l";
        var statement = jdbc.sql("SELECT " + columns + ", SUM(contacts) AS contacts FROM (" + rows + ") f GROUP BY "
                + columns);
        return bind(statement, from, to, pending, ranges).query(ContactFigureCounting::category).list();
    }

    private static String settledDays(List<LocalDate> pending) {
        return "received_day BETWEEN :from AND :to" + (pending.isEmpty() ? "" : " AND received_day NOT IN (:pending)");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LocalDate from, LocalDate to,
                                                 List<LocalDate> pending, Ranges ranges) {
        statement = statement.param("from", from).param("to", to);
        if (!pending.isEmpty()) {
            statement = ranges.bind(statement.param("pending", pending));
        }
        return statement;
    }

    private static ContactGroup group(ResultSet rs, int row) throws SQLException {
        long line = rs.getLong("line_id");
        return new ContactGroup(rs.getLong("organisation_id"), commune(rs), line == 0 ? null : line,
                Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
                ContactType.valueOf(rs.getString("contact_type")), Urgency.valueOf(rs.getString("urgency")),
                rs.getBoolean("gbv_related"), rs.getLong("contacts"));
    }

    private static CategoryGroup category(ResultSet rs, int row) throws SQLException {
        return new CategoryGroup(rs.getLong("organisation_id"), commune(rs), rs.getString("top_category_code"),
                rs.getLong("contacts"));
    }

    /** '' stands for "no commune" in the rollup's key. */
    private static @Nullable String commune(ResultSet rs) throws SQLException {
        String code = rs.getString("locality_code");
        return code == null || code.isEmpty() ? null : code;
    }

    /** The pending days as runs of consecutive days, each a time range [start, end) for the contacts' index. */
    private record Ranges(List<Timestamp> starts, List<Timestamp> ends) {

        static Ranges of(List<LocalDate> sortedDays) {
            var starts = new ArrayList<Timestamp>();
            var ends = new ArrayList<Timestamp>();
            LocalDate runStart = null;
            LocalDate previous = null;
            for (LocalDate day : sortedDays) {
                if (previous == null || !day.equals(previous.plusDays(1))) {
                    if (runStart != null) {
                        add(starts, ends, runStart, previous);
                    }
                    runStart = day;
                }
                previous = day;
            }
            if (runStart != null) {
                add(starts, ends, runStart, previous);
            }
            return new Ranges(starts, ends);
        }

        private static void add(List<Timestamp> starts, List<Timestamp> ends, LocalDate first, LocalDate last) {
            starts.add(Timestamp.from(FigureDays.startOf(first)));
            ends.add(Timestamp.from(FigureDays.startOf(last.plusDays(1))));
        }

        String sql(String column) {
            var parts = new ArrayList<String>();
            for (int i = 0; i < starts.size(); i++) {
                parts.add("(" + column + " >= :s" + i + " AND " + column + " < :e" + i + ")");
            }
            return "(" + String.join(" OR ", parts) + ")";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            for (int i = 0; i < starts.size(); i++) {
                statement = statement.param("s" + i, starts.get(i)).param("e" + i, ends.get(i));
            }
            return statement;
        }
    }
}
