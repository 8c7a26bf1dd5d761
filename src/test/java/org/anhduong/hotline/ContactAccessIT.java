package org.anhduong.hotline;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.anhduong.hotline.HotlineCalls.CONTACTS;
import static org.anhduong.hotline.HotlineCalls.aPhoneNumber;
import static org.anhduong.hotline.HotlineCalls.auditOutcomes;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may see and change a contact: its organisation's counsellors and supervisors, nobody else. */
@IntegrationTest
class ContactAccessIT {

    @Autowired
    HotlineCalls calls;
    @Autowired
    JdbcClient jdbc;

    Caller counsellor;
    long contact;

    @BeforeEach
    void setUp() {
        counsellor = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        contact = calls.recorded(counsellor, ContactApiIT.gbvCall(aPhoneNumber(), "Ghi chú"));
    }

    @Test
    void aCounsellorOfAnotherOrganisationGetsNotFoundAndTheAttemptIsAudited() {
        Caller stranger = calls.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);

        var read = calls.get(stranger, CONTACTS + "/" + contact);
        var change = calls.patch(stranger, CONTACTS + "/" + contact, "{\"summary\": \"x\"}", "\"0\"");
        var missing = calls.get(stranger, CONTACTS + "/999999999");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("code").asString()).isEqualTo("not-found");
        assertThat(withoutInstance(read.json())).isEqualTo(withoutInstance(missing.json()));
        assertThat(change.status()).isEqualTo(404);
        assertThat(auditOutcomes(jdbc, "contact.read", contact, stranger.account().id())).containsExactly("DENIED");
        assertThat(auditOutcomes(jdbc, "contact.update", contact, stranger.account().id())).containsExactly("DENIED");
        assertThat(calls.get(counsellor, CONTACTS + "/" + contact).json().get("summary").asString()).isEqualTo("Ghi chú");
    }

    /** The same answer but for the address asked for. */
    private static JsonNode withoutInstance(JsonNode problem) {
        return ((ObjectNode) problem).without("instance");
    }

    @Test
    void aSupervisorOfTheSameOrganisationReadsAndChanges() {
        Caller supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);

        var read = calls.get(supervisor, CONTACTS + "/" + contact);
        var change = calls.patch(supervisor, CONTACTS + "/" + contact, "{\"urgency\": \"ROUTINE\"}", "\"0\"");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("summary").asString()).isEqualTo("Ghi chú");
        assertThat(change.status()).isEqualTo(200);
        assertThat(auditOutcomes(jdbc, "contact.read", contact, supervisor.account().id())).containsExactly("SUCCESS");
        assertThat(auditOutcomes(jdbc, "contact.update", contact, supervisor.account().id())).containsExactly("SUCCESS");
    }

    @Test
    void everyReadOfTheDetailsIsAudited() {
        calls.get(counsellor, CONTACTS + "/" + contact);
        calls.get(counsellor, CONTACTS + "/" + contact);

        assertThat(auditOutcomes(jdbc, "contact.create", contact, counsellor.account().id())).containsExactly("SUCCESS");
        assertThat(auditOutcomes(jdbc, "contact.read", contact, counsellor.account().id()))
                .containsExactly("SUCCESS", "SUCCESS");
    }

    @Test
    void anAdministratorManagesTheHotlineButDoesNotReadContacts() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);

        assertThat(calls.get(admin, CONTACTS + "/" + contact).status()).isEqualTo(403);
        assertThat(calls.get(admin, CONTACTS).status()).isEqualTo(403);
        assertThat(calls.lookup(admin, aPhoneNumber()).status()).isEqualTo(403);
        assertThat(calls.record(admin, "{\"type\": \"SILENT\"}").status()).isEqualTo(403);
        assertThat(auditOutcomes(jdbc, "contact.read", contact, admin.account().id())).containsExactly("DENIED");
    }

    @Test
    void otherRolesAreRefused() {
        Caller caseWorker = calls.aColleagueOf(counsellor, Roles.CASE_WORKER);
        Caller viewer = calls.aColleagueOf(counsellor, Roles.VIEWER);

        assertThat(calls.get(caseWorker, CONTACTS + "/" + contact).status()).isEqualTo(403);
        assertThat(calls.record(caseWorker, "{\"type\": \"SILENT\"}").status()).isEqualTo(403);
        assertThat(calls.get(viewer, CONTACTS).status()).isEqualTo(403);
    }

    /** Supervisors take calls when the line is busy. */
    @Test
    void aSupervisorRecordsContactsInTheirOrganisation() {
        Caller supervisor = calls.aColleagueOf(counsellor, Roles.SUPERVISOR);

        var response = calls.record(supervisor, ContactApiIT.gbvCall(aPhoneNumber(), "Giám sát viên nhận máy"));

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.json().get("counsellorId").asLong()).isEqualTo(supervisor.account().id());
        assertThat(response.json().get("organisationId").asLong()).isEqualTo(counsellor.organisationId());
        assertThat(auditOutcomes(jdbc, "contact.create", id, supervisor.account().id())).containsExactly("SUCCESS");
        assertThat(calls.get(counsellor, CONTACTS + "/" + id).json().get("summary").asString())
                .isEqualTo("Giám sát viên nhận máy");
    }

    @Test
    void aCaseWorkerOrAnAdministratorStillDoesNotRecordContacts() {
        Caller caseWorker = calls.aColleagueOf(counsellor, Roles.CASE_WORKER);
        Caller admin = calls.aColleagueOf(counsellor, Roles.ADMINISTRATOR);

        for (Caller refused : java.util.List.of(caseWorker, admin)) {
            var response = calls.record(refused, "{\"type\": \"SILENT\"}");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_contacts WHERE counsellor_id IN (:ids)")
                .param("ids", java.util.List.of(caseWorker.account().id(), admin.account().id()))
                .query(Long.class).single()).isZero();
    }
}
