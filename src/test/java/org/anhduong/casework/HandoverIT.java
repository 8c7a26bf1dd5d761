package org.anhduong.casework;

import org.anhduong.hotline.Sex;
import org.anhduong.identity.TestUsers;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.Ui;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.anhduong.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;

import static org.anhduong.casework.CaseworkCalls.CASES;
import static org.anhduong.casework.CaseworkCalls.aPhoneNumber;
import static org.anhduong.casework.CaseworkCalls.aWord;
import static org.anhduong.casework.CaseworkCalls.anIdNumber;
import static org.anhduong.casework.CaseworkCalls.intake111;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-over and reintegration (issue #5), through the API: the acceptance story of a trafficked woman received from
 * the border guard, identified, supported and handed over to her family, the hand-over showing on her case and her
 * trafficking record; the rules; follow-up visits; the event and the counts for the reports; access as for every case
 * section.
 */
@IntegrationTest
@RecordApplicationEvents
class HandoverIT {

    static final LocalDate TODAY = LocalDate.now(Ui.ZONE);

    @Autowired
    CaseworkCalls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Handovers handovers;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationEvents events;

    Caller worker;

    @BeforeEach
    void setUp() {
        worker = calls.aUserWithRoles(Roles.CASE_WORKER);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aTraffickedWomanHandedOverByBorderAuthoritiesIsIdentifiedSupportedAndHandedOverToHerFamily() {
        long id = traffickingCase();
        String trafficking = CASES + "/" + id + "/trafficking";
        String handoverPath = CASES + "/" + id + "/handovers";
        var received = calls.put(worker, trafficking, """
                {"status": "UNDER_IDENTIFICATION", "returnDate": "%s", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD", "handedOverByDetail": "Đồn Biên phòng cửa khẩu quốc tế Móng Cái"}"""
                .formatted(TODAY.minusDays(20)), "\"0\"");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(calls.post(worker, handoverPath, family(TODAY.minusDays(2), "x")).json().get("errors").get(0)
                .get("field").asString()).as("not before identification is decided").isEqualTo("to");

        var supported = calls.put(worker, trafficking, """
                {"status": "IDENTIFIED_VICTIM", "returnDate": "%s", "returnPlace": "Cửa khẩu Móng Cái",
                 "handedOverBy": "BORDER_GUARD", "handedOverByDetail": "Đồn Biên phòng cửa khẩu quốc tế Móng Cái",
                 "support": ["HEALTH_CHECK_AND_CARE", "PSYCHOLOGICAL_SUPPORT", "TRAVEL_HOME"]}"""
                .formatted(TODAY.minusDays(20)), "\"1\"");
        assertThat(supported.status()).as(supported.body()).isEqualTo(200);
        assertThat(supported.json().get("support")).hasSize(3);

        String mother = "Hoàng Thị " + aWord();
        var handed = calls.post(worker, handoverPath, family(TODAY.minusDays(2), mother));
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        assertThat(handed.raw().headers().firstValue("ETag")).contains("\"1\"");
        long handoverId = handed.json().get("id").asLong();

        var onCase = calls.get(worker, handoverPath);
        assertThat(onCase.json()).hasSize(1);
        assertThat(onCase.json().get(0).get("to").asString()).isEqualTo("TO_FAMILY");
        assertThat(onCase.json().get(0).get("receiverName").asString()).isEqualTo(mother);
        assertThat(onCase.json().get(0).get("receiverRelation").asString()).isEqualTo("PARENT");
        var record = calls.get(worker, trafficking).json();
        assertThat(record.get("handovers")).hasSize(1);
        assertThat(record.get("handovers").get(0).get("id").asLong()).isEqualTo(handoverId);
        assertThat(record.get("handovers").get(0).get("handedOverOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(record.has("handoverTo")).as("the trafficking record keeps no copy").isFalse();
        assertThat(record.toString()).doesNotContain(mother);

        String stored = jdbc.sql("SELECT receiver_name_enc FROM casework_handovers WHERE id = :id")
                .param("id", handoverId).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("Hoàng");
        assertThat(calls.auditOutcomes("handover.create", "case", id, worker.id())).containsExactly("SUCCESS");
        assertThat(calls.auditOutcomes("handover.read", "case", id, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void theLongestNotesFitTheirEncryptedColumns() {
        long id = calls.opened(worker, intake111("Lò Thị Ún " + aWord(), aPhoneNumber(), anIdNumber()));
        String longest = "ữ".repeat(4000);
        var handed = calls.post(worker, CASES + "/" + id + "/handovers", """
                {"to": "TO_ORGANISATION", "handedOverOn": "%s", "receivingOrganisationName": "Trung tâm Hy Vọng",
                 "notes": "%s"}""".formatted(TODAY.minusDays(5), longest));
        assertThat(handed.status()).as("4,000 letters of three bytes each").isEqualTo(201);
        var visit = calls.post(worker, CASES + "/" + id + "/handovers/" + handed.json().get("id").asLong() + "/visits",
                """
                {"visitedOn": "%s", "wellbeing": "STABLE", "notes": "%s"}""".formatted(TODAY.minusDays(1), longest));
        assertThat(visit.status()).isEqualTo(201);
    }

    @Test
    void followUpVisitsComeAfterTheHandOverAndAnUpdateTakesIfMatch() {
        long id = calls.opened(worker, intake111("Trần Thị Lan " + aWord(), aPhoneNumber(), anIdNumber()));
        String path = CASES + "/" + id + "/handovers";
        var misspelt = calls.post(worker, path, """
                {"to": "TO_ORGANISATION", "handedOverOn": "%s",
                 "receivingOrganizationName": "Trung tâm Hỗ trợ phụ nữ và trẻ em Hy Vọng"}""".formatted(TODAY.minusDays(10)));
        assertThat(misspelt.status()).as("a misspelt field is not dropped silently").isEqualTo(400);
        assertThat(misspelt.json().get("errors").get(0).get("field").asString()).isEqualTo("receivingOrganizationName");
        assertThat(calls.get(worker, path).json()).isEmpty();
        var handed = calls.post(worker, path, """
                {"to": "TO_ORGANISATION", "handedOverOn": "%s",
                 "receivingOrganisationName": "Trung tâm Hỗ trợ phụ nữ và trẻ em Hy Vọng"}""".formatted(TODAY.minusDays(10)));
        assertThat(handed.status()).as("any case may be handed over: " + handed.body()).isEqualTo(201);
        String one = path + "/" + handed.json().get("id").asLong();

        var early = calls.post(worker, one + "/visits", """
                {"visitedOn": "%s", "wellbeing": "STABLE"}""".formatted(TODAY.minusDays(11)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("visitedOn");
        String note = "Chị đi làm lại ở xưởng may " + aWord();
        var visit = calls.post(worker, one + "/visits", """
                {"visitedOn": "%s", "visitedBy": "Cán bộ xã hội xã", "wellbeing": "STABLE", "notes": "%s"}"""
                .formatted(TODAY.minusDays(3), note));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(calls.get(worker, one).json().get("visits").get(0).get("notes").asString()).isEqualTo(note);
        assertThat(jdbc.sql("SELECT notes_enc FROM casework_handover_visits WHERE handover_id = :id")
                .param("id", handed.json().get("id").asLong()).query(String.class).single()).doesNotContain("xưởng");

        String toFamily = family(TODAY.minusDays(10), "Trần Văn " + aWord());
        assertThat(calls.put(worker, one, toFamily, null).status()).isEqualTo(428);
        assertThat(calls.put(worker, one, toFamily, "\"0\"").status()).isEqualTo(409);
        var updated = calls.put(worker, one, toFamily, "\"1\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().has("receivingOrganisationName")).isFalse();
        assertThat(updated.json().get("visits")).as("the visits stay").hasSize(1);
        var ahead = calls.post(worker, path, family(TODAY.plusDays(1), "x"));
        assertThat(ahead.json().get("errors").get(0).get("field").asString()).isEqualTo("handedOverOn");
        assertThat(calls.auditOutcomes("handover.visit", "case", id, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void recordingPublishesCaseHandedOverAndTheReportsCountTraffickingCasesBySex() {
        LocalDate from = TODAY.minusDays(40);
        HandoverCounts before = handovers.traffickingCounts(from, TODAY);
        long id = traffickingCase();
        calls.put(worker, CASES + "/" + id + "/trafficking", """
                {"status": "UNDER_IDENTIFICATION", "returnDate": "%s"}""".formatted(TODAY.minusDays(30)), "\"0\"");
        calls.put(worker, CASES + "/" + id + "/trafficking", """
                {"status": "IDENTIFIED_VICTIM", "returnDate": "%s"}""".formatted(TODAY.minusDays(30)), "\"1\"");

        SignedIn.as(worker.account());
        Handover handed = handovers.record(id, new HandoverDetails(HandoverTo.TO_FAMILY, TODAY.minusDays(5), null,
                "Hoàng Thị " + aWord(), ReceiverRelation.PARENT, null, null, null));
        handovers.record(id, new HandoverDetails(HandoverTo.TO_FAMILY, TODAY.minusDays(4), null, null, null, null,
                null, "Lần thứ hai, cùng gia đình"));

        CaseHandedOver event = events.stream(CaseHandedOver.class).findFirst().orElseThrow();
        assertThat(event.caseId()).isEqualTo(id);
        assertThat(event.handoverId()).isEqualTo(handed.id());
        assertThat(event.caseType()).isEqualTo(CaseType.TRAFFICKING);
        assertThat(event.to()).isEqualTo(HandoverTo.TO_FAMILY);
        assertThat(event.toString()).doesNotContain("Hoàng");
        HandoverCounts after = handovers.traffickingCounts(from, TODAY);
        assertThat(after.toFamily().get(Sex.FEMALE) - before.toFamily().get(Sex.FEMALE))
                .as("one case, counted once").isEqualTo(1);
        assertThat(after.toOrganisation()).isEqualTo(before.toOrganisation());
        assertThat(after.toFamily()).containsOnlyKeys(Sex.values());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handovers.traffickingCounts(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(org.anhduong.platform.web.InvalidInputException.class);
    }

    @Test
    void outsidersAreAnswered404AuditedDeniedAndAClosedCaseTakesNoHandOver() {
        long id = calls.opened(worker, intake111("Vi Thị Hoa " + aWord(), aPhoneNumber(), anIdNumber()));
        String path = CASES + "/" + id + "/handovers";
        Caller stranger = calls.aUserWithRoles(Roles.CASE_WORKER);
        assertThat(calls.get(stranger, path).status()).isEqualTo(404);
        assertThat(calls.post(stranger, path, family(TODAY, "x")).status()).isEqualTo(404);
        assertThat(calls.auditOutcomes("handover.read", "case", id, stranger.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("handover.create", "case", id, stranger.id())).containsExactly("DENIED");
        Caller counsellor = calls.aColleagueOf(worker, Roles.HOTLINE_COUNSELLOR);
        assertThat(calls.get(counsellor, path).status()).isIn(403, 404);

        CaseworkCalls.close(calls, worker, id);
        var closed = calls.post(worker, path, family(TODAY, "Vi Văn " + aWord()));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("code").asString()).isEqualTo("case-closed");
    }

    private long traffickingCase() {
        return calls.opened(worker, """
                {"type": "TRAFFICKING", "source": "POLICE_OR_BORDER_HANDOVER", "referringReference": "BP-MC-2026-031",
                 "priority": "URGENT", "client": {"sex": "FEMALE", "ageGroup": "AGE_18_24"}, "confirmNoDuplicate": true}""");
    }

    private static String family(LocalDate on, String receiver) {
        return """
                {"to": "TO_FAMILY", "handedOverOn": "%s", "receiverName": "%s", "receiverRelation": "PARENT",
                 "notes": "Mẹ đón tại trụ sở UBND xã"}""".formatted(on, receiver);
    }
}
