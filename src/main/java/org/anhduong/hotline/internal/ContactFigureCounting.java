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
import org.springframework.jdbc.core.RowCallbackHandler;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts from the monthly rollup for whole months, the daily rollup ({@link FigureRollup}) for the other days it has
 * settled, and from the contacts themselves for the days still pending (usually today only), in one statement per
 * list, summed in Java. Both lists are read in one repeatable-read transaction: pending days, rollup and contacts are
 * seen as of one instant, so a day recomputed or written to while the figures are read is counted exactly once.
 */
@Service
class ContactFigureCounting implements ContactFigures {

    private static final String GROUP_COLUMNS =
            "organisation_id, locality_code, line_id, channel, direction, contact_type, urgency, gbv_related";
    private static final String CATEGORY_COLUMNS = "organisation_id, locality_code, top_category_code";
    /** The pending days' contacts, grouped as the rollup is (a few thousand contacts: today's, usually). */
    private static final String LIVE_GROUPS = """
            SELECT %1$s, COUNT(*) AS contacts
            FROM (SELECT organisation_id, COALESCE(locality_code, '') AS locality_code, COALESCE(line_id, 0) AS line_id,
                         channel, direction, contact_type, urgency, gbv_related
                  FROM hotline_contacts WHERE %2$s) l
            GROUP BY %1$s""";
    private static final String LIVE_CATEGORIES = """
            SELECT %1$s, COUNT(DISTINCT l.id) AS contacts
            FROM (SELECT c.id, c.organisation_id, COALESCE(c.locality_code, '') AS locality_code,
                         k.top_code AS top_category_code
                  FROM hotline_contacts c
                  JOIN hotline_contact_categories cc ON cc.contact_id = c.id
                  JOIN hotline_categories k ON k.code = cc.category_code
                  WHERE %2$s) l
            GROUP BY %1$s""";

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

    /**
     * The rollup rows are summed here, not by a GROUP BY: a national year has about as many groups as rows read
     * (~100,000, most communes' contacts being unique in their other values), and PostgreSQL sorting that many rows
     * by eight text columns took four times as long as reading them (bench shape, 2 cores).
     */
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
            rows.add(LIVE_GROUPS.formatted(GROUP_COLUMNS, plan.live().sql("received_at")));
        }
        Map<GroupKey, long[]> sums = new HashMap<>();
        plan.bind(jdbc.sql(String.join(" UNION ALL ", rows))).query((RowCallbackHandler) rs ->
                sums.computeIfAbsent(GroupKey.of(rs), k -> new long[1])[0] += rs.getLong("contacts"));
        return sums.entrySet().stream().map(e -> e.getKey().group(e.getValue()[0])).toList();
    }

    private List<CategoryGroup> categories(Plan plan) {
        var rows = new ArrayList<String>();
        if (!plan.months().isEmpty()) {
            rows.add("SELECT " + CATEGORY_COLUMNS + ", contacts FROM hotline_contact_category_monthly"
                    + " WHERE received_month IN (:months)");
        }
        if (!plan.settled().isEmpty()) {
            rows.add("SELECT " + CATEGORY_COLUMNS + ", contacts FROM hotline_contact_category_daily WHERE "
                    + plan.settled().sql("received_day"));
        }
        if (!plan.live().isEmpty()) {
            rows.add(LIVE_CATEGORIES.formatted(CATEGORY_COLUMNS, plan.live().sql("c.received_at")));
        }
        Map<CategoryKey, long[]> sums = new HashMap<>();
        plan.bind(jdbc.sql(String.join(" UNION ALL ", rows))).query((RowCallbackHandler) rs ->
                sums.computeIfAbsent(new CategoryKey(rs.getLong("organisation_id"), commune(rs),
                        rs.getString("top_category_code")), k -> new long[1])[0] += rs.getLong("contacts"));
        return sums.entrySet().stream().map(e -> new CategoryGroup(e.getKey().organisationId(), e.getKey().communeCode(),
                e.getKey().topCategoryCode(), e.getValue()[0])).toList();
    }

    /** A group's values as read; '' and 0 stand for "no commune" and "no line" in the rollup's key. */
    private record GroupKey(long organisationId, @Nullable String communeCode, @Nullable Long lineId, Channel channel,
                            Direction direction, ContactType type, Urgency urgency, boolean gbvRelated) {

        static GroupKey of(ResultSet rs) throws SQLException {
            long line = rs.getLong("line_id");
            return new GroupKey(rs.getLong("organisation_id"), commune(rs), line == 0 ? null : line,
                    Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
                    ContactType.valueOf(rs.getString("contact_type")), Urgency.valueOf(rs.getString("urgency")),
                    rs.getBoolean("gbv_related"));
        }

        ContactGroup group(long contacts) {
            return new ContactGroup(organisationId, communeCode, lineId, channel, direction, type, urgency, gbvRelated,
                    contacts);
        }
    }

    private record CategoryKey(long organisationId, @Nullable String communeCode, String topCategoryCode) {
    }

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
