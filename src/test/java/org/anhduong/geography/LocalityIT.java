package org.anhduong.geography;

import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LocalityIT {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    Localities localities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the2025UnitsAreLoadedAtFirstStart() {
        // Other tests add made-up units, never from this date: these counts are the bundled file's.
        assertThat(bundledCount("PROVINCE")).isEqualTo(34);
        assertThat(bundledCount("COMMUNE")).isEqualTo(3321);
        assertThat(localities.children("22")).hasSize(54).allSatisfy(c -> assertThat(c.parentCode()).isEqualTo("22"));
    }

    @Test
    void findsAUnitValidTodayByCode() {
        assertThat(localities.find("22")).get().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Tỉnh Quảng Ninh");
            assertThat(p.level()).isEqualTo(LocalityLevel.PROVINCE);
            assertThat(p.validFrom()).isEqualTo(REFORM);
            assertThat(p.validTo()).isNull();
        });
        assertThat(localities.exists("06895")).isTrue();
        assertThat(localities.exists("00000000")).isFalse();
        assertThat(localities.findOn("06895", REFORM.minusDays(1))).as("the old unit of that code")
                .get().extracting(Locality::name).isEqualTo("Thị trấn Đầm Hà");
        assertThat(localities.findOn("06895", LocalDate.of(1899, 12, 31))).isEmpty();
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertThat(names(localities.search(new LocalitySearch("mong cai", null, null, 20))))
                .containsExactly("Phường Móng Cái 1", "Phường Móng Cái 2", "Phường Móng Cái 3");
        assertThat(localities.search(new LocalitySearch("DAM HA", null, null, 20)))
                .first().satisfies(u -> assertThat(u.name()).isEqualTo("Xã Đầm Hà"));
    }

    @Test
    void searchFiltersByLevelAndProvince() {
        assertThat(localities.search(new LocalitySearch("quảng ninh", null, LocalityLevel.PROVINCE, 20)))
                .extracting(Locality::code).containsExactly("22");
        assertThat(localities.search(new LocalitySearch("ha", "22", null, 100)))
                .isNotEmpty().allSatisfy(u -> assertThat(u.parentCode()).isEqualTo("22"));
    }

    @Test
    void typedWildcardsMatchOnlyThemselves() {
        assertThat(localities.search(new LocalitySearch("%", null, null, 20))).isEmpty();
        assertThat(localities.search(new LocalitySearch("_", null, null, 20))).isEmpty();
    }

    @Test
    void limitIsBetweenOneAndAHundred() {
        assertThat(localities.search(new LocalitySearch("xa", null, null, 100))).hasSize(100);
        assertThatThrownBy(() -> localities.search(new LocalitySearch("xa", null, null, 101)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> localities.search(new LocalitySearch("xa", null, null, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    private long bundledCount(String level) {
        return jdbc.sql("SELECT COUNT(*) FROM localities WHERE level = ? AND valid_from = ? AND valid_to IS NULL")
                .params(level, REFORM).query(Long.class).single();
    }

    private static List<String> names(List<Locality> units) {
        return units.stream().map(Locality::name).toList();
    }
}
