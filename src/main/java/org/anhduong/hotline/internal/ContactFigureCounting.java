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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Counts from the monthly rollup for whole months, the daily rollup ({@link FigureRollup}) for the other days it has
 * settled, and from the contacts themselves for the days still pending (usually today only), in one statement per
 * list. Both lists are read in one
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
            var plan = Plan.of(from, to, pending);
            return new ContactCounts(from, to, groups(plan), categories(plan));
        }));
    }

    private List<ContactGroup> groups(Plan plan) {
        var rows = new ArrayList<String>();
        if (!plan.months().isEmpty()) {
            rows.add("SELECT " + GROUP_COLUMNS + ", contacts FROM hotline_contact_monthly WHERE received_month IN (:months)");
        }
        if (!plan.settled().isEmpty()) {
            rows.add("SELECT " + GROUP_COLUMNS + ", contacts FROM hotline_contact_daily WHERE "
                    + plan.settled().sql("received_day"));
        }
        if (!plan.live().isEmpty()) {
            rows.add(LIVE_GROUPS + plan.live().sql("received_at"));
        }
        var statement = jdbc.sql("SELECT " + GROUP_COLUMNS + ", SUM(contacts) AS contacts FROM ("
                + String.join(" UNION ALL ", rows) + ") f GROUP BY " + GROUP_COLUMNS);
        return plan.bind(statement).query(ContactFigureCounting::group).list();
    }

    private List<CategoryGroup> categories(Plan plan) {
        String columns = "organisation_id, locality_code, top_category_code";
        var rows = new ArrayList<String>();
        if (!plan.months().isEmpty()) {
            rows.add("SELECT " + columns + ", contacts FROM hotline_contact_category_monthly"
                    + " WHERE received_month IN (:months)");
        }
        if (!plan.settled().isEmpty()) {
            rows.add("SELECT " + columns + ", contacts FROM hotline_contact_category_daily WHERE "
                    + plan.settled().sql("received_day"));
        }
        if (!plan.live().isEmpty()) {
            rows.add("SELECT " + columns + ", 1 AS contacts FROM (" + LIVE_CATEGORIES + plan.live().sql("c.received_at")
                    + ") l");
        }
        var statement = jdbc.sql("SELECT " + columns + ", SUM(contacts) AS contacts FROM ("
                + String.join(" UNION ALL ", rows) + ") f GROUP BY " + columns);
        return plan.bind(statement).query(ContactFigureCounting::category).list();
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

    /**
     * Where each day of the period is read from: whole months without a pending day from the monthly rollup, the other
     * settled days from the daily rollup, the pending days from the contacts. Every day is read from exactly one.
     */
    private record Plan(List<LocalDate> months, Runs settled, Runs live) {

        static Plan of(LocalDate from, LocalDate to, List<LocalDate> pendingDays) {
            Set<LocalDate> pending = new HashSet<>(pendingDays);
            var months = new ArrayList<LocalDate>();
            var settled = new Runs("d");
            var live = new Runs("l");
            for (LocalDate first = from; !first.isAfter(to); ) {
                LocalDate monthEnd = first.withDayOfMonth(first.lengthOfMonth());
                LocalDate last = monthEnd.isAfter(to) ? to : monthEnd;
                boolean whole = first.getDayOfMonth() == 1 && last.equals(monthEnd);
                if (whole && first.datesUntil(last.plusDays(1)).noneMatch(pending::contains)) {
                    months.add(first);
                } else {
                    first.datesUntil(last.plusDays(1)).forEach(day -> (pending.contains(day) ? live : settled).add(day));
                }
                first = last.plusDays(1);
            }
            return new Plan(months, settled, live);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (!months.isEmpty()) {
                statement = statement.param("months", months);
            }
            return live.bindTimes(settled.bindDays(statement));
        }
    }

    /** Days as runs of consecutive days, so that a month of days is one range condition, not thirty. */
    private static final class Runs {

        private final String prefix;
        private final List<LocalDate> firsts = new ArrayList<>();
        private final List<LocalDate> lasts = new ArrayList<>();

        Runs(String prefix) {
            this.prefix = prefix;
        }

        void add(LocalDate day) {
            int last = lasts.size() - 1;
            if (last >= 0 && lasts.get(last).plusDays(1).equals(day)) {
                lasts.set(last, day);
            } else {
                firsts.add(day);
                lasts.add(day);
            }
        }

        boolean isEmpty() {
            return firsts.isEmpty();
        }

        /** The runs as conditions on a column: days (inclusive) or, for received_at, times [start, next day's start). */
        String sql(String column) {
            var parts = new ArrayList<String>();
            for (int i = 0; i < firsts.size(); i++) {
                String a = ":" + prefix + "a" + i;
                String b = ":" + prefix + "b" + i;
                parts.add(column.endsWith("received_at") ? "(" + column + " >= " + a + " AND " + column + " < " + b + ")"
                        : "(" + column + " BETWEEN " + a + " AND " + b + ")");
            }
            return "(" + String.join(" OR ", parts) + ")";
        }

        JdbcClient.StatementSpec bindDays(JdbcClient.StatementSpec statement) {
            for (int i = 0; i < firsts.size(); i++) {
                statement = statement.param(prefix + "a" + i, firsts.get(i)).param(prefix + "b" + i, lasts.get(i));
            }
            return statement;
        }

        JdbcClient.StatementSpec bindTimes(JdbcClient.StatementSpec statement) {
            for (int i = 0; i < firsts.size(); i++) {
                statement = statement.param(prefix + "a" + i, Timestamp.from(FigureDays.startOf(firsts.get(i))))
                        .param(prefix + "b" + i, Timestamp.from(FigureDays.startOf(lasts.get(i).plusDays(1))));
            }
            return statement;
        }
    }
}
