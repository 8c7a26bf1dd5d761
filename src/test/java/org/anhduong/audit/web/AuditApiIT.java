package org.anhduong.audit.web;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditEvent;
import org.anhduong.audit.AuditQuery;
import org.anhduong.audit.AuditSearch;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void listsTheEventsOfARecord() throws Exception {
        String recordId = aUniqueRecordId();
        trail.record(AuditEntry.success("test.api", "testRecord", recordId).by(9L, "thu.vo"));

        mvc.perform(get("/api/v1/audit/events").param("recordId", recordId).param("user", "THU.VO"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].recordId").value(recordId))
                .andExpect(jsonPath("$.items[0].action").value("test.api"))
                .andExpect(jsonPath("$.items[0].actorUserId").value(9))
                .andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.items[0].occurredAt").isString());
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void readingTheLogIsRecordedWithTheClientAddress() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("recordId", aUniqueRecordId())).andExpect(status().isOk());

        AuditEvent newest = search.search(new AuditQuery(null, null, null, null, "audit.search", null, null, null, 1))
                .items().getFirst();
        assertThat(newest.clientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void aBadDateIsA400ProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "05/03/2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("Ngày phải theo dạng yyyy-MM-dd."));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void aReversedRangeAndABadPageAreProblemsToo() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "2025-03-05").param("to", "2025-03-04").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "page")));
    }

    @Test
    @WithMockUser(roles = Roles.ADMINISTRATOR)
    void verifyAnswersWithAllThreeFields() throws Exception {
        trail.record(AuditEntry.success("test.api", "testRecord", aUniqueRecordId()));

        mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").isNumber())
                .andExpect(jsonPath("$", hasKey("firstBrokenId")))
                .andExpect(jsonPath("$.firstBrokenId").value(nullValue()));
    }

    @Test
    @WithMockUser(roles = Roles.CASE_WORKER)
    void otherRolesGetA403Problem() throws Exception {
        mvc.perform(get("/api/v1/audit/events"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }
}
