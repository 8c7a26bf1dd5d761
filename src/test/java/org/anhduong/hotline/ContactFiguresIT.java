package org.anhduong.hotline;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.command.MaintenanceCommand;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures reporting reads: grouped by every dimension, by top-level category counted once per contact, by local
 * day in Vietnam, and always equal to a count of the contacts themselves, whether their day is settled in the rollup
 * or still pending (counted live), before and after the job recomputes it. Each test works in an organisation of its
 * own, on days of its own, and looks at that organisation only (other tests' contacts share the tables).
 */
@IntegrationTest
class ContactFiguresIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String HONG_GAI = "06685";
    static final String OTHER_COMMUNE = "06895";

    @Autowired
    Hotline hotline;
    @Autowired
    ContactFigures figures;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<MaintenanceCommand> commands;

    UserAccount counsellor;
    long org;
    LocalDate day;
    /** Each category's top-level ancestor, from the tree the API gives, not from the column the figures use. */
    Map<String, String> tops = new HashMap<>();

    @BeforeEach
    void setUp() {
        counsellor = users.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        org = counsellor.organisationId();
        // A day of the test's own in the past, so that other tests' contacts on the same day do not matter either.
        day = LocalDate.of(2025, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        SignedIn.as(counsellor);
        hotline.categories().forEach(root -> collect(root, root.code(), tops));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void groupsByEveryDimensionAndCountsEachTopCategoryOncePerContact() {
        long line = aLine();
        Contact twoUnderOneTop = hotline.record(dataContact(ContactType.ABOUT_SELF, at(day, 9, 0))
                .lineId(line).localityCode(HONG_GAI).urgency(Urgency.URGENT)
                .categories("DV_PHYSICAL", "DV_SEXUAL").build());
        hotline.record(dataContact(ContactType.ABOUT_SELF, at(day, 10, 0))
                .lineId(line).localityCode(OTHER_COMMUNE).categories("DV_PHYSICAL", "MENTAL_HEALTH_DISTRESS").build());
        hotline.record(ContactDraft.of(ContactType.HANG_UP).channel(Channel.SMS).receivedAt(at(day, 11, 0)).build());
        hotline.record(ContactDraft.of(ContactType.HANG_UP).channel(Channel.SMS).receivedAt(at(day, 12, 0)).build());
        hotline.record(dataContact(ContactType.ABOUT_OTHER, at(day, 13, 0)).channel(Channel.ZALO)
                .direction(Direction.CALL_BACK).localityCode(HONG_GAI).categories("FAMILY_RELATIONS").build());
        // Linked to two cases, it is still one contact.
        hotline.linkToCase(twoUnderOneTop.id(), "CASE-" + UUID.randomUUID());
        hotline.linkToCase(twoUnderOneTop.id(), "CASE-" + UUID.randomUUID());
        SignedIn.signOut();

        for (String step : List.of("saved", "pending", "rebuild")) {
            if (!step.equals("saved")) {
                command(step);
            }
            ContactCounts counts = figures.count(day, day);
            assertThat(counts.from()).isEqualTo(day);
            assertThat(groupsOf(counts)).as(step).containsExactlyInAnyOrder(
                    new ContactGroup(org, HONG_GAI, line, Channel.PHONE, Direction.INCOMING, ContactType.ABOUT_SELF,
                            Urgency.URGENT, true, 1),
                    new ContactGroup(org, OTHER_COMMUNE, line, Channel.PHONE, Direction.INCOMING,
                            ContactType.ABOUT_SELF, Urgency.ROUTINE, true, 1),
                    new ContactGroup(org, null, null, Channel.SMS, Direction.INCOMING, ContactType.HANG_UP,
                            Urgency.ROUTINE, false, 2),
                    new ContactGroup(org, HONG_GAI, null, Channel.ZALO, Direction.CALL_BACK, ContactType.ABOUT_OTHER,
                            Urgency.ROUTINE, false, 1));
            assertThat(categoriesOf(counts)).as(step).containsExactlyInAnyOrder(
                    new CategoryGroup(org, HONG_GAI, "DOMESTIC_VIOLENCE", 1),
                    new CategoryGroup(org, OTHER_COMMUNE, "DOMESTIC_VIOLENCE", 1),
                    new CategoryGroup(org, OTHER_COMMUNE, "MENTAL_HEALTH", 1),
                    new CategoryGroup(org, HONG_GAI, "FAMILY_RELATIONS", 1));
            assertEqualsARawCount(day, day);
            // Whole months come from the monthly rollup unless a day of theirs is pending.
            assertEqualsARawCount(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            assertEqualsARawCount(day.minusMonths(2), day.plusMonths(2));
        }
    }

    @Test
    void aCategoryAddedBelowASubcategoryCountsUnderItsTopLevelAncestor() {
        SignedIn.as(users.aUserWithRoles(Roles.ADMINISTRATOR));
        String code = "DV_TEST_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        hotline.addCategory(new CategoryInput(code, "DV_PHYSICAL", "Thử cấp ba", "Third level test", null, null, null,
                null));
        SignedIn.as(counsellor);
        hotline.record(dataContact(ContactType.ABOUT_SELF, at(day, 9, 0)).categories(code, "DV_ECONOMIC").build());

        for (String step : List.of("saved", "pending", "rebuild")) {
            if (!step.equals("saved")) {
                command(step);
            }
            assertThat(categoriesOf(figures.count(day, day))).as(step)
                    .containsExactly(new CategoryGroup(org, null, "DOMESTIC_VIOLENCE", 1));
        }
    }

    @Test
    void aContactCountsOnItsLocalDayInVietnam() {
        LocalDate june30 = LocalDate.of(2026, 6, 30);
        LocalDate july1 = june30.plusDays(1);
        // 23:30 on 30/06 in Vietnam is 16:30 UTC; 00:10 on 01/07 is 17:10 UTC on 30/06.
        hotline.record(ContactDraft.of(ContactType.SILENT).receivedAt(Instant.parse("2026-06-30T16:30:00Z")).build());
        hotline.record(ContactDraft.of(ContactType.WRONG_NUMBER).receivedAt(Instant.parse("2026-06-30T17:10:00Z"))
                .build());

        for (String step : List.of("saved", "pending", "rebuild")) {
            if (!step.equals("saved")) {
                command(step);
            }
            assertThat(groupsOf(figures.count(june30, june30))).as(step).extracting(ContactGroup::type)
                    .containsExactly(ContactType.SILENT);
            assertThat(groupsOf(figures.count(july1, july1))).as(step).extracting(ContactGroup::type)
                    .containsExactly(ContactType.WRONG_NUMBER);
            assertThat(groupsOf(figures.count(june30, july1))).as(step).hasSize(2);
            assertEqualsARawCount(june30, july1);
        }
    }

    @Test
    void anEditMovesTheContactToItsNewDayTypeAndCategories() {
        LocalDate later = day.plusDays(3);
        Contact contact = hotline.record(dataContact(ContactType.ABOUT_SELF, at(day, 8, 0)).localityCode(HONG_GAI)
                .categories("GBV_RAPE").build());
        hotline.record(ContactDraft.of(ContactType.SILENT).receivedAt(at(later, 8, 0)).build());
        command("pending");
        assertThat(total(figures.count(day, day))).isEqualTo(1);

        hotline.update(contact.id(), contact.version(), current -> current.toBuilder().type(ContactType.ABOUT_OTHER)
                .callerRelation(null).receivedAt(at(later, 22, 0)).localityCode(OTHER_COMMUNE).categories(List.of("TRAFFICKING_LABOUR"))
                .build());

        for (String step : List.of("saved", "pending")) {
            if (!step.equals("saved")) {
                command(step);
            }
            assertThat(groupsOf(figures.count(day, day))).as(step).isEmpty();
            assertThat(categoriesOf(figures.count(day, day))).as(step).isEmpty();
            ContactCounts moved = figures.count(later, later);
            assertThat(groupsOf(moved)).as(step).extracting(ContactGroup::type, ContactGroup::communeCode)
                    .containsExactlyInAnyOrder(tuple(ContactType.ABOUT_OTHER, OTHER_COMMUNE),
                            tuple(ContactType.SILENT, null));
            assertThat(categoriesOf(moved)).as(step)
                    .containsExactly(new CategoryGroup(org, OTHER_COMMUNE, "TRAFFICKING", 1));
            assertEqualsARawCount(day, later);
            assertEqualsARawCount(day.withDayOfMonth(1), later.plusMonths(1).withDayOfMonth(1).minusDays(1));
        }
        assertThat(pendingDays(day, later)).as("the job took both days").isEmpty();
    }

    @Test
    void aPendingDayIsCountedFromTheContactsNotFromTheRollup() {
        hotline.record(ContactDraft.of(ContactType.THANK_YOU).receivedAt(at(day, 7, 0)).build());
        hotline.record(ContactDraft.of(ContactType.THANK_YOU).receivedAt(at(day, 8, 0)).build());
        command("pending");
        // The rollup of the day is made wrong for this organisation, and the day marked pending: the answer must not
        // depend on the wrong rows.
        jdbc.sql("UPDATE hotline_contact_daily SET contacts = 99 WHERE organisation_id = :org AND received_day = :day")
                .param("org", org).param("day", day).update();
        jdbc.sql("INSERT INTO hotline_figure_pending (received_day) VALUES (:day)").param("day", day).update();

        assertThat(total(figures.count(day, day))).isEqualTo(2);
        assertEqualsARawCount(day, day);
        assertEqualsARawCount(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));

        command("pending");
        assertThat(jdbc.sql("SELECT contacts FROM hotline_contact_daily WHERE organisation_id = :org AND received_day = :day")
                .param("org", org).param("day", day).query(Long.class).list()).containsExactly(2L);
        assertThat(total(figures.count(day, day))).isEqualTo(2);
        assertThat(total(figures.count(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())))).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT contacts FROM hotline_contact_monthly WHERE organisation_id = :org AND received_month = :month""")
                .param("org", org).param("month", day.withDayOfMonth(1)).query(Long.class).list()).containsExactly(2L);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> figures.count(day, day.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("to"));
    }

    /** The organisation's figures equal a GROUP BY over the contacts of the period, read without the rollup. */
    private void assertEqualsARawCount(LocalDate from, LocalDate to) {
        var start = Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        var rawGroups = jdbc.sql("""
                        SELECT locality_code, line_id, channel, direction, contact_type, urgency, gbv_related, COUNT(*) AS n
                        FROM hotline_contacts WHERE organisation_id = :org AND received_at >= :start AND received_at < :end
                        GROUP BY locality_code, line_id, channel, direction, contact_type, urgency, gbv_related""")
                .param("org", org).param("start", start).param("end", end)
                .query((rs, row) -> new ContactGroup(org, rs.getString("locality_code"),
                        rs.getObject("line_id") == null ? null : rs.getLong("line_id"),
                        Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
                        ContactType.valueOf(rs.getString("contact_type")), Urgency.valueOf(rs.getString("urgency")),
                        rs.getBoolean("gbv_related"), rs.getLong("n"))).list();
        Map<CategoryKey, Set<Long>> contactsByTop = new HashMap<>();
        jdbc.sql("""
                        SELECT c.id, c.locality_code, cc.category_code FROM hotline_contacts c
                        JOIN hotline_contact_categories cc ON cc.contact_id = c.id
                        WHERE c.organisation_id = :org AND c.received_at >= :start AND c.received_at < :end""")
                .param("org", org).param("start", start).param("end", end)
                .query((rs, row) -> {
                    contactsByTop.computeIfAbsent(new CategoryKey(rs.getString("locality_code"),
                            tops.get(rs.getString("category_code"))), k -> new HashSet<>()).add(rs.getLong("id"));
                    return row;
                }).list();
        List<CategoryGroup> rawCategories = contactsByTop.entrySet().stream()
                .map(e -> new CategoryGroup(org, e.getKey().commune(), e.getKey().top(), e.getValue().size())).toList();

        ContactCounts counts = figures.count(from, to);
        assertThat(groupsOf(counts)).containsExactlyInAnyOrderElementsOf(rawGroups);
        assertThat(categoriesOf(counts)).containsExactlyInAnyOrderElementsOf(rawCategories);
    }

    private record CategoryKey(@Nullable String commune, String top) {
    }

    private static void collect(CategoryNode node, String top, Map<String, String> tops) {
        tops.put(node.code(), top);
        node.children().forEach(child -> collect(child, top, tops));
    }

    private List<ContactGroup> groupsOf(ContactCounts counts) {
        return counts.groups().stream().filter(g -> g.organisationId() == org).toList();
    }

    private List<CategoryGroup> categoriesOf(ContactCounts counts) {
        return counts.categories().stream().filter(g -> g.organisationId() == org).toList();
    }

    private long total(ContactCounts counts) {
        return groupsOf(counts).stream().mapToLong(ContactGroup::contacts).sum();
    }

    private List<LocalDate> pendingDays(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT received_day FROM hotline_figure_pending WHERE received_day BETWEEN :from AND :to")
                .param("from", from).param("to", to).query((rs, row) -> rs.getObject(1, LocalDate.class)).list();
    }

    private void command(String mode) {
        MaintenanceCommand command = commands.stream().filter(c -> c.name().equals("hotline-figures")).findFirst()
                .orElseThrow();
        var out = new ByteArrayOutputStream();
        assertThat(command.run(List.of(mode), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
    }

    private long aLine() {
        SignedIn.as(users.aUserInOrganisation(org, Roles.ADMINISTRATOR));
        String digits = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        HotlineLine line = hotline.addLine(new LineInput("1900 " + digits, "Đường dây thống kê", org, true));
        SignedIn.as(counsellor);
        return line.id();
    }

    private static ContactDraft.Builder dataContact(ContactType type, Instant at) {
        return ContactDraft.of(type).receivedAt(at).outcome(Outcome.RESOLVED);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(VIETNAM).toInstant();
    }
}
