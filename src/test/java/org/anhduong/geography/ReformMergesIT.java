package org.anhduong.geography;

import org.anhduong.geography.Localities.UnitMerge;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reform of 1 July 2025 in Quảng Ninh (province 22, which took in no other province): Phường Hà Tu today reuses
 * the code 06652 of the old Phường Hà Phong, merged with the old Hà Tu (06664) wholly; the old Phường Hà Khẩu (06655)
 * was split between Việt Hưng and Tuần Châu.
 */
@IntegrationTest
@WithMockUser(roles = "HOTLINE_COUNSELLOR")
class ReformMergesIT {

    static final LocalDate IN_2024 = LocalDate.of(2024, 5, 1);

    @Autowired
    Localities localities;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReusedCodeNamesTheOldUnitBeforeTheReformAndTheNewOneAfter() {
        assertThat(localities.find("06652")).get().extracting(Locality::name).isEqualTo("Phường Hà Tu");
        assertThat(localities.findOn("06652", IN_2024)).get().satisfies(old -> {
            assertThat(old.name()).isEqualTo("Phường Hà Phong");
            assertThat(old.level()).isEqualTo(LocalityLevel.COMMUNE);
            assertThat(old.parentCode()).as("Quảng Ninh took in no other province").isEqualTo("22");
            assertThat(old.validTo()).isEqualTo(Localities.LAST_DAY_BEFORE_REFORM);
        });
        assertThat(localities.findOn("06652", Localities.LAST_DAY_BEFORE_REFORM.plusDays(1))).get()
                .extracting(Locality::name).isEqualTo("Phường Hà Tu");
        assertThat(localities.findOn("22", IN_2024)).get().satisfies(old -> {
            assertThat(old.name()).isEqualTo("Tỉnh Quảng Ninh");
            assertThat(old.level()).isEqualTo(LocalityLevel.PROVINCE);
        });
        assertThat(localities.findOn("06664", IN_2024)).get().extracting(Locality::name).isEqualTo("Phường Hà Tu");
        assertThat(localities.find("06664")).as("the old Hà Tu's code is not used today").isEmpty();
    }

    @Test
    void aCurrentCommuneListsTheOldCommunesMergedIntoIt() {
        assertThat(localities.predecessors("06652")).containsExactly(
                new UnitMerge("06652", "Phường Hà Tu", "06652", "Phường Hà Phong", false),
                new UnitMerge("06652", "Phường Hà Tu", "06664", "Phường Hà Tu", false));
        assertThat(localities.predecessors("06661")).containsExactly(
                new UnitMerge("06661", "Phường Việt Hưng", "06655", "Phường Hà Khẩu", true),
                new UnitMerge("06661", "Phường Việt Hưng", "06661", "Phường Giếng Đáy", false),
                new UnitMerge("06661", "Phường Việt Hưng", "06703", "Phường Việt Hưng", false));
        assertThat(localities.predecessors("22")).containsExactly(
                new UnitMerge("22", "Tỉnh Quảng Ninh", "22", "Tỉnh Quảng Ninh", false));
        assertThat(localities.predecessors("00000000")).isEmpty();
    }

    @Test
    void aSplitOldCommuneListsEveryCurrentCommuneItWentInto() {
        assertThat(localities.successors("06655")).extracting(UnitMerge::currentCode, UnitMerge::partial)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("06661", true),
                        org.assertj.core.groups.Tuple.tuple("06706", true));
        assertThat(localities.successors("06664")).containsExactly(
                new UnitMerge("06652", "Phường Hà Tu", "06664", "Phường Hà Tu", false));
        assertThat(localities.successors("00000000")).isEmpty();
    }

    @Test
    void oldUnitsAreFoundByNameOnTheirDay() {
        assertThat(localities.searchOn(new LocalitySearch("ha phong", "22", LocalityLevel.COMMUNE, 5),
                Localities.LAST_DAY_BEFORE_REFORM)).as("the name where the words start a word first")
                .first().extracting(Locality::code, Locality::name).containsExactly("06652", "Phường Hà Phong");
        assertThat(localities.search(new LocalitySearch("ha phong", "22", LocalityLevel.COMMUNE, 5)))
                .noneMatch(unit -> unit.code().equals("06652"));
    }

    @Test
    void theReformIsLoadedOnceWithEveryOldUnitEndingTheDayBefore() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM geography_unit_merges").query(Long.class).single())
                .as("63 old provinces and 10,604 commune lines of the bundled file").isEqualTo(10_667);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM localities WHERE valid_from = ? AND valid_to = ?")
                .params(LocalDate.of(1900, 1, 1), Localities.LAST_DAY_BEFORE_REFORM).query(Long.class).single())
                .as("63 old provinces and 10,052 old communes").isEqualTo(10_115);
        assertThat(localities.search(new LocalitySearch("ha phong", "22", null, 20))).as("today's units only")
                .noneMatch(u -> u.name().equals("Phường Hà Phong"));
    }

    @Test
    void theApiAnswersBothWays() throws Exception {
        mvc.perform(get("/api/v1/localities/06652/predecessors")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].currentName").value("Phường Hà Tu"))
                .andExpect(jsonPath("$[0].oldName").value("Phường Hà Phong"))
                .andExpect(jsonPath("$[0].partial").value(false));
        mvc.perform(get("/api/v1/localities/06655/successors")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].currentCode").value("06706"))
                .andExpect(jsonPath("$[1].partial").value(true));
        mvc.perform(get("/api/v1/localities/06664/predecessors"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/localities/00000000/successors")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/localities/06652").param("date", "2024-05-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phường Hà Phong"));
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(docs).contains("/api/v1/localities/{code}/predecessors", "/api/v1/localities/{code}/successors");
    }

    @Test
    void theScreenShowsBothSidesOfAReusedCode() throws Exception {
        String html = mvc.perform(get("/localities/reform").param("code", "06652")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Hiện nay: Phường Hà Tu (mã 06652)", "Phường Hà Phong", "06664",
                        "Trước ngày 01/07/2025: Phường Hà Phong (mã 06652)", "Toàn bộ", "<caption>",
                        "href=\"/localities/reform?code=06664\"")
                .doesNotContain("style=", "aria-invalid");
        String split = mvc.perform(get("/localities/reform").param("code", "06655")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(split).contains("Phường Việt Hưng", "Phường Tuần Châu", "Một phần").doesNotContain("Hiện nay:");
        String named = mvc.perform(get("/localities/reform").param("code", "ha phong")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(named).contains("Đơn vị trước ngày 01/07/2025: ", "href=\"/localities/reform?code=06652\"",
                "Phường Hà Phong</a>, Tỉnh Quảng Ninh");
        String invalid = mvc.perform(get("/localities/reform").param("code", "a".repeat(101))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("data-error-summary", "aria-invalid=\"true\"", "href=\"#code\"");
        String english = mvc.perform(get("/localities/reform").param("code", "22").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Before 1 July 2025: Tỉnh Quảng Ninh (code 22)");
    }

    @Test
    @WithAnonymousUser
    void strangersSeeNothing() throws Exception {
        mvc.perform(get("/api/v1/localities/06652/predecessors")).andExpect(status().isUnauthorized());
        mvc.perform(get("/localities/reform").param("code", "06652"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("sent to sign in").isIn(302, 401))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("Hà Phong"));
    }
}
