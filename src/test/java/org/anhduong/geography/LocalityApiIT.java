package org.anhduong.geography;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.anhduong.geography.MadeUpProvince.csv;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithMockUser(roles = "CASE_WORKER")
class LocalityApiIT {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Test
    void anySignedInUserSearches() throws Exception {
        mvc.perform(get("/api/v1/localities").param("q", "dam ha").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("06895"))
                .andExpect(jsonPath("$[0].name").value("Xã Đầm Hà"))
                .andExpect(jsonPath("$[0].level").value("COMMUNE"))
                .andExpect(jsonPath("$[0].parentCode").value("22"))
                .andExpect(jsonPath("$[0].validFrom").value("2025-07-01"));
    }

    @Test
    void filtersByProvinceAndLevel() throws Exception {
        mvc.perform(get("/api/v1/localities").param("q", "quang ninh").param("level", "province"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("22")));
        mvc.perform(get("/api/v1/localities").param("province", "22").param("limit", "100"))
                .andExpect(jsonPath("$", hasSize(54)));
    }

    @Test
    void badFiltersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/localities").param("level", "district"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/localities").param("limit", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void oneUnitByCode() throws Exception {
        mvc.perform(get("/api/v1/localities/22"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Tỉnh Quảng Ninh"))
                .andExpect(jsonPath("$.parentCode").doesNotExist());
    }

    @Test
    void unknownCodeIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/localities/00000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/localities/06895").param("date", "1899-12-31"))
                .andExpect(status().isNotFound());
    }

    @Test
    void importRequiresAnAdministrator() throws Exception {
        var p = MadeUpProvince.create();

        mvc.perform(importing(csv(p.provinceLine()), "true"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void administratorsDryRunAnImport() throws Exception {
        var p = MadeUpProvince.create();

        mvc.perform(importing(csv(p.provinceLine(), p.communeLine(1, "Xã Một")), "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.effectiveDate").value("2026-01-01"));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void anInvalidFileIsABadRequestListingLines() throws Exception {
        var p = MadeUpProvince.create();

        mvc.perform(importing(csv(p.provinceLine(), "town," + p.commune(1) + ",Xã Bí Mật," + p.code()), "false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("line 3"))
                .andExpect(content().string(not(containsString("Bí Mật"))));
    }

    @Test
    @WithMockUser(roles = "ADMINISTRATOR")
    void aFileNotInUtf8IsRefused() throws Exception {
        byte[] latin1 = "level,code,name,parent_code\nprovince,9,Tỉnh Bà Rịa,\n".getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(post("/api/v1/localities/import").param("effectiveDate", "2026-01-01").param("dryRun", "true")
                        .contentType(CSV).content(latin1).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private static MockHttpServletRequestBuilder importing(String csv, String dryRun) {
        return post("/api/v1/localities/import")
                .param("effectiveDate", "2026-01-01")
                .param("dryRun", dryRun)
                .contentType(CSV)
                .content(csv.getBytes(StandardCharsets.UTF_8))
                .with(csrf());
    }
}
