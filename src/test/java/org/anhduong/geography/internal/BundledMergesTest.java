package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class BundledMergesTest {

    /** Two current provinces: one took in a single old province, the other two; an old commune split between two. */
    static final String FILE = """
            {"data": [
              {"level1_id": "22", "name": "Tỉnh Quảng Ninh", "merges": [{"old_id": "22", "name": "Tỉnh Quảng Ninh", "type": "full"}],
               "level2s": [{"level2_id": "06652", "name": "Phường Hà Tu", "merges": [
                   {"old_id": "06652", "name": "Phường Hà Phong", "type": "full"},
                   {"old_id": "06655", "name": "%s", "type": "partial"}]},
                 {"level2_id": "06706", "name": "Phường Tuần Châu", "merges": [
                   {"old_id": "06655", "name": "%s", "type": "partial"}]}]},
              {"level1_id": "08", "name": "Tỉnh Tuyên Quang", "merges": [
                   {"old_id": "02", "name": "Tỉnh Hà Giang", "type": "full"},
                   {"old_id": "08", "name": "Tỉnh Tuyên Quang", "type": "full"}],
               "level2s": [{"level2_id": "00691", "name": "Phường Hà Giang 1", "merges": [
                   {"old_id": "00691", "name": "Phường Quang Trung", "type": "full"}]}]}
            ], "stats": {}}""".formatted(nfd("Phường Hà Khẩu"), nfd("Phường Hà Khẩu"));

    @Test
    void oldUnitsOnceEachWithTheirProvinceWhenOnlyOneWasMergedIntoTheCurrentOne() {
        var reform = BundledMerges.reform(JsonMapper.builder().build().readTree(FILE));

        assertThat(reform.oldUnits()).extracting(UnitRow::code, UnitRow::level, UnitRow::parentCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("22", LocalityLevel.PROVINCE, null),
                org.assertj.core.groups.Tuple.tuple("02", LocalityLevel.PROVINCE, null),
                org.assertj.core.groups.Tuple.tuple("08", LocalityLevel.PROVINCE, null),
                org.assertj.core.groups.Tuple.tuple("06652", LocalityLevel.COMMUNE, "22"),
                org.assertj.core.groups.Tuple.tuple("06655", LocalityLevel.COMMUNE, "22"),
                org.assertj.core.groups.Tuple.tuple("00691", LocalityLevel.COMMUNE, null));
        assertThat(reform.oldUnits()).filteredOn(u -> u.code().equals("06655")).singleElement()
                .extracting(UnitRow::name).as("stored NFC").isEqualTo("Phường Hà Khẩu");
        assertThat(reform.merges()).hasSize(7).filteredOn(UnitMerges.Row::partial)
                .extracting(UnitMerges.Row::newCode).containsExactly("06652", "06706");
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
