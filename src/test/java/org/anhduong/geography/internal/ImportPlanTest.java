package org.anhduong.geography.internal;

import org.anhduong.geography.ImportResult;
import org.anhduong.geography.LocalityLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPlanTest {

    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    static final LocalDate JANUARY_2026 = LocalDate.of(2026, 1, 1);

    final Map<String, OpenVersion> open = byCode(
            province(1, "22", "Tỉnh Quảng Ninh"),
            commune(2, "06895", "Xã Đầm Hà", "22"),
            commune(3, "06712", "Phường Móng Cái 1", "22"),
            commune(4, "06709", "Phường Móng Cái 2", "22"),
            province(5, "01", "Thành phố Hà Nội"),
            commune(6, "00004", "Phường Ba Đình", "01"));

    @Test
    void sameFileChangesNothing() {
        List<UnitRow> rows = open.values().stream().map(ImportPlanTest::asRow).toList();

        ImportPlan plan = ImportPlan.of(rows, open);

        assertThat(plan.result(JANUARY_2026, false)).isEqualTo(new ImportResult(JANUARY_2026, false, 6, 0, 0, 0));
        assertThat(plan.ending()).isEmpty();
        assertThat(plan.starting()).isEmpty();
    }

    @Test
    void renamedMissingAndNewUnitsOfTheProvincesInTheFile() {
        List<UnitRow> rows = List.of(
                row(LocalityLevel.PROVINCE, "22", "Tỉnh Quảng Ninh", null),
                row(LocalityLevel.COMMUNE, "06895", "Xã Đầm Hà Mới", "22"),
                row(LocalityLevel.COMMUNE, "06712", "Phường Móng Cái 1", "22"),
                row(LocalityLevel.COMMUNE, "06999", "Xã Mới", "22"));

        ImportPlan plan = ImportPlan.of(rows, open);

        assertThat(plan.result(JANUARY_2026, true)).isEqualTo(new ImportResult(JANUARY_2026, true, 2, 1, 1, 1));
        assertThat(plan.ending()).extracting(OpenVersion::code).containsExactlyInAnyOrder("06895", "06709");
        assertThat(plan.starting()).extracting(UnitRow::code).containsExactlyInAnyOrder("06895", "06999");
    }

    @Test
    void provincesTheFileDoesNotNameAreLeftAlone() {
        List<UnitRow> rows = List.of(row(LocalityLevel.COMMUNE, "00004", "Phường Ba Đình", "01"));

        ImportPlan plan = ImportPlan.of(rows, open);

        assertThat(plan.closed()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void communesOfANamedProvinceMissingFromTheFileEndButTheProvinceStays() {
        List<UnitRow> rows = List.of(row(LocalityLevel.COMMUNE, "06895", "Xã Đầm Hà", "22"));

        ImportPlan plan = ImportPlan.of(rows, open);

        assertThat(plan.closed()).extracting(OpenVersion::code).containsExactlyInAnyOrder("06712", "06709");
    }

    @Test
    void aCommuneMovedToAnotherProvinceIsAChange() {
        List<UnitRow> rows = List.of(
                row(LocalityLevel.COMMUNE, "00004", "Phường Ba Đình", "01"),
                row(LocalityLevel.COMMUNE, "06895", "Xã Đầm Hà", "01"));

        ImportPlan plan = ImportPlan.of(rows, open);

        assertThat(plan.changed()).extracting(c -> c.before().code()).containsExactly("06895");
        assertThat(plan.closed()).isEmpty();
    }

    @Test
    void newVersionsMustStartAfterTheVersionsTheyEnd() {
        ImportPlan plan = ImportPlan.of(List.of(row(LocalityLevel.COMMUNE, "06895", "Xã Đầm Hà Mới", "22")), open);

        assertThat(plan.canStartOn(JULY_2025, Set.of())).isFalse();
        assertThat(plan.canStartOn(JULY_2025.plusDays(1), Set.of())).isTrue();
    }

    @Test
    void aReturningCodeMustNotOverlapItsClosedVersions() {
        ImportPlan plan = ImportPlan.of(List.of(row(LocalityLevel.COMMUNE, "06111", "Xã Trở Lại", "22")), open);

        assertThat(plan.canStartOn(JANUARY_2026, Set.of("06111"))).isFalse();
        assertThat(plan.canStartOn(JANUARY_2026, Set.of())).isTrue();
    }

    static OpenVersion province(long id, String code, String name) {
        return new OpenVersion(id, code, name, LocalityLevel.PROVINCE, null, JULY_2025);
    }

    static OpenVersion commune(long id, String code, String name, String parent) {
        return new OpenVersion(id, code, name, LocalityLevel.COMMUNE, parent, JULY_2025);
    }

    static UnitRow row(LocalityLevel level, String code, String name, String parent) {
        return new UnitRow(2, level, code, name, parent);
    }

    static UnitRow asRow(OpenVersion v) {
        return new UnitRow(2, v.level(), v.code(), v.name(), v.parentCode());
    }

    static Map<String, OpenVersion> byCode(OpenVersion... versions) {
        return Stream.of(versions).collect(Collectors.toMap(OpenVersion::code, Function.identity()));
    }
}
