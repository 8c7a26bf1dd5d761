package org.anhduong.shelter;

import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.anhduong.shelter.EmergencySupportApiIT.TODAY;
import static org.anhduong.shelter.ShelterCalls.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees what: the facility's staff, the case's team, and nobody else; every refusal audited. */
@IntegrationTest
class ShelterAccessIT {

    @Autowired
    ShelterCalls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheFacilitysStaffSeeWhoStaysAndTheAddress() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller staff = calls.aUserWithRoles(Roles.SHELTER_STAFF);
        Caller otherStaff = calls.aUserWithRoles(Roles.SHELTER_STAFF);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, staff.organisationId(), "SHELTER", 4, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY, List.of());
        long placement = created(calls.place(worker, episode.get("id").asLong(),
                episode.get("persons").get(0).get("id").asLong(), facility, TODAY)).get("id").asLong();
        String placementsPath = ShelterCalls.FACILITIES + "/" + facility + "/placements";

        var seen = calls.get(staff, placementsPath);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json()).hasSize(1);
        assertThat(seen.body()).doesNotContain("fullName");
        assertThat(calls.get(staff, ShelterCalls.FACILITIES + "/" + facility).json().get("address").asString())
                .contains("Hoa Sữa");
        assertThat(calls.get(admin, ShelterCalls.FACILITIES + "/" + facility).json().has("address")).isTrue();
        JsonNode forWorker = calls.get(worker, ShelterCalls.FACILITIES + "/" + facility).json();
        assertThat(forWorker.has("address")).isFalse();
        assertThat(forWorker.has("contactPerson")).isFalse();
        assertThat(forWorker.get("addressShown").asBoolean()).isFalse();

        assertThat(calls.get(otherStaff, placementsPath).status()).isEqualTo(404);
        assertThat(calls.get(otherStaff, ShelterCalls.FACILITIES + "/" + facility).status()).isEqualTo(404);
        assertThat(calls.get(otherStaff, ShelterCalls.PLACEMENTS + "/" + placement).status()).isEqualTo(404);
        assertThat(calls.get(worker, placementsPath).status()).as("the worker sees her case, not the house")
                .isEqualTo(404);
        assertThat(calls.auditOutcomes("facility.placements", "facility", facility, otherStaff.id()))
                .containsExactly("DENIED");
        assertThat(calls.auditOutcomes("facility.placements", "facility", facility, staff.id()))
                .containsExactly("SUCCESS");
        assertThat(calls.get(otherStaff, ShelterCalls.OCCUPANCY).body()).doesNotContain("\"facilityId\":" + facility + ",");

        assertThat(calls.discharge(otherStaff, placement, TODAY, "\"1\"").status()).isEqualTo(404);
        assertThat(calls.discharge(staff, placement, TODAY, "\"1\"").status()).as("the house discharges")
                .isEqualTo(200);
    }

    @Test
    void aCaseWorkerOutsideTheTeamFindsNothing() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller outsider = calls.aUserWithRoles(Roles.CASE_WORKER);
        long facility = calls.facility(admin, worker.organisationId(), "TRUSTED_ADDRESS", 3, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY, List.of());
        long id = episode.get("id").asLong();
        long client = episode.get("persons").get(0).get("id").asLong();

        assertThat(calls.get(outsider, ShelterCalls.cases(caseId, "/emergency-episodes")).status()).isEqualTo(404);
        assertThat(calls.get(outsider, ShelterCalls.EPISODES + "/" + id).status()).isEqualTo(404);
        assertThat(calls.startEpisode(outsider, caseId, TODAY, List.of()).status()).isEqualTo(404);
        var placing = calls.place(outsider, id, client, facility, TODAY);
        assertThat(placing.status()).isEqualTo(404);
        assertThat(placing.json().get("code").asString()).isEqualTo("not-found");
        assertThat(calls.auditOutcomes("episode.read", "episode", id, outsider.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("placement.create", "episode", id, outsider.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("episode.create", "case", caseId, outsider.id())).containsExactly("DENIED");
        assertThat(calls.auditOutcomes("episode.read", "episode", id, worker.id())).isEmpty();
        assertThat(calls.get(worker, ShelterCalls.EPISODES + "/" + id).status()).isEqualTo(200);
        assertThat(calls.auditOutcomes("episode.read", "episode", id, worker.id())).containsExactly("SUCCESS");
    }

    @Test
    void administratorsKeepTheRegistryUnderVersionsAndTheAddressIsEncrypted() {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        long facility = calls.facility(admin, admin.organisationId(), "ONE_STOP_CENTRE_BEDS", 6, false);

        var row = jdbc.sql("SELECT address_enc, contact_enc FROM shelter_facilities WHERE id = :id")
                .param("id", facility).query().singleRow();
        assertThat(row.get("address_enc").toString()).doesNotContain("Hoa Sữa").doesNotContain("Đông Hồ");
        assertThat(row.get("contact_enc").toString()).doesNotContain("Lý Thị Hoa");

        String path = ShelterCalls.FACILITIES + "/" + facility;
        String changed = """
                {"organisationId": %d, "name": "Giường tạm lánh Ngôi nhà Ánh Dương", "kind": "ONE_STOP_CENTRE_BEDS",
                 "capacity": 8, "acceptsChildren": true, "accessible": true}""".formatted(admin.organisationId());
        assertThat(calls.put(admin, path, changed, null).status()).isEqualTo(428);
        assertThat(calls.put(admin, path, changed, "\"9\"").status()).isEqualTo(409);
        assertThat(calls.put(worker, path, changed, "\"1\"").status()).isEqualTo(403);
        var saved = calls.put(admin, path, changed, "\"1\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("capacity").asInt()).isEqualTo(8);
        assertThat(saved.json().get("address").asString()).as("kept when not sent").contains("Hoa Sữa");
        assertThat(calls.auditOutcomes("facility.update", "facility", facility, admin.id()))
                .containsExactly("SUCCESS");

        var invalid = calls.post(admin, ShelterCalls.FACILITIES, """
                {"organisationId": 999999999, "kind": "SHELTER", "capacity": 0}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("organisationId").contains("name").contains("capacity");
        assertThat(calls.post(worker, ShelterCalls.FACILITIES, changed).status()).isEqualTo(403);
        assertThat(calls.get(viewer, ShelterCalls.OCCUPANCY).status()).isEqualTo(403);
    }
}
