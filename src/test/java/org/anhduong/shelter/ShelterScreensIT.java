package org.anhduong.shelter;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static org.anhduong.shelter.EmergencySupportApiIT.TODAY;
import static org.anhduong.shelter.ShelterCalls.created;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Shelter's screens: who gets them, and bad input answered inline without repeating it. */
@IntegrationTest
class ShelterScreensIT {

    @Autowired
    ShelterCalls calls;
    @Autowired
    MockMvc mvc;

    @Test
    void theTabAndTheFacilitysListAreOnlyForThoseWhoMayKnow() throws Exception {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller staff = calls.aUserWithRoles(Roles.SHELTER_STAFF);
        Caller otherStaff = calls.aUserWithRoles(Roles.SHELTER_STAFF);
        Caller outsider = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller viewer = calls.aUserWithRoles(Roles.VIEWER);
        long facility = calls.facility(admin, staff.organisationId(), "SHELTER", 5, true);
        long caseId = calls.aMotherWithTwoChildren(worker);
        JsonNode episode = calls.episode(worker, caseId, TODAY, List.of());
        created(calls.place(worker, episode.get("id").asLong(), episode.get("persons").get(0).get("id").asLong(),
                facility, TODAY));
        String survivorCode = calls.get(worker, "/api/v1/cases/" + caseId).json().get("case").get("survivorCode")
                .asString();

        mvc.perform(get("/cases/" + caseId + "/emergency").with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hỗ trợ khẩn cấp")));
        mvc.perform(get("/cases/" + caseId + "/emergency").with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/shelter/occupancy/" + facility).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(survivorCode)));
        mvc.perform(get("/shelter/occupancy/" + facility).with(as(otherStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/shelter/occupancy").with(as(otherStaff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-facility=\"" + facility + "\""))));
        mvc.perform(get("/shelter/occupancy").with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/shelter/facilities/" + facility).with(as(worker))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Hoa Sữa"))));
    }

    @Test
    void badInputIsExplainedOnTheFormWithoutBeingRepeated() throws Exception {
        Caller admin = calls.aUserWithRoles(Roles.ADMINISTRATOR);
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        long caseId = calls.aMotherWithTwoChildren(worker);

        mvc.perform(post("/cases/" + caseId + "/emergency/episodes").with(as(worker)).with(csrf())
                        .param("startedOn", "31/02/xyzzy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày phải theo dạng dd/MM/yyyy")))
                .andExpect(content().string(not(containsString("xyzzy"))));
        mvc.perform(post("/shelter/facilities/new").with(as(admin)).with(csrf())
                        .param("kind", "TRUSTED_ADDRESS").param("capacity", "0")
                        .param("organisationId", String.valueOf(admin.organisationId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sức chứa phải từ 1 đến")));
        mvc.perform(post("/shelter/facilities/new").with(as(admin)).with(csrf())
                        .param("name", "Địa chỉ tin cậy thôn Bắc Sơn").param("kind", "TRUSTED_ADDRESS")
                        .param("capacity", "3").param("organisationId", String.valueOf(admin.organisationId()))
                        .param("address", "Nhà ông Tư").param("active", "on"))
                .andExpect(redirectedUrl("/shelter/facilities"));
        mvc.perform(post("/shelter/facilities/new").with(as(worker)).with(csrf())
                        .param("name", "x").param("kind", "SHELTER").param("capacity", "3"))
                .andExpect(status().isForbidden());
    }

    private static RequestPostProcessor as(Caller caller) {
        UserAccount user = caller.account();
        var details = AccountDetails.of(user, Instant.now());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
