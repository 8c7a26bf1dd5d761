package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UnitFileTest {

    static final String HEADER = "level,code,name,parent_code\n";

    @Test
    void readsProvincesAndCommunes() {
        List<UnitRow> rows = UnitFile.read(HEADER + "province,22,Tỉnh Quảng Ninh,\ncommune,06895,Xã Đầm Hà,22\n", Set.of());

        assertThat(rows).containsExactly(
                new UnitRow(2, LocalityLevel.PROVINCE, "22", "Tỉnh Quảng Ninh", null),
                new UnitRow(3, LocalityLevel.COMMUNE, "06895", "Xã Đầm Hà", "22"));
    }

    @Test
    void acceptsByteOrderMarkWindowsLineEndsAndBlankLines() {
        List<UnitRow> rows = UnitFile.read("\uFEFF" + HEADER.replace("\n", "\r\n") + "\r\ncommune,06895,Xã Đầm Hà,22\r\n\r\n",
                Set.of("22"));

        assertThat(rows).extracting(UnitRow::line).containsExactly(3);
    }

    @Test
    void storesNamesInNfc() {
        String decomposed = Normalizer.normalize("Xã Đầm Hà", Normalizer.Form.NFD);

        List<UnitRow> rows = UnitFile.read(HEADER + "commune,06895," + decomposed + ",22", Set.of("22"));

        assertThat(rows.getFirst().name()).isEqualTo("Xã Đầm Hà");
    }

    @Test
    void wrongHeaderIsLineOne() {
        assertThat(problems("code,level,name,parent_code\nprovince,22,Tỉnh Quảng Ninh,", Set.of()))
                .containsExactly(new Problem("line 1", "geography.csv.header"));
    }

    @Test
    void reportsEveryBadLineByNumberAndColumn() {
        String csv = HEADER
                + "district,22,Tỉnh Quảng Ninh,\n"
                + "province,2a,Tỉnh X,\n"
                + "commune,06895,,22\n"
                + "province,23,Tỉnh Y,22\n"
                + "commune,06896,Xã Z,\n"
                + "commune,06897,Xã W\n"
                + "commune,06898,\"Xã V,22\n";

        assertThat(problems(csv, Set.of("22"))).containsExactly(
                new Problem("line 2", "geography.csv.level"),
                new Problem("line 3", "geography.csv.code"),
                new Problem("line 4", "geography.csv.name"),
                new Problem("line 5", "geography.csv.parentNotAllowed"),
                new Problem("line 6", "geography.csv.parentRequired"),
                new Problem("line 7", "geography.csv.columns"),
                new Problem("line 8", "geography.csv.quote"));
    }

    @Test
    void communeNeedsAProvinceInTheFileOrAlreadyValid() {
        String csv = HEADER
                + "commune,90001,Xã Một,90\n"
                + "province,90,Tỉnh Chín Mươi,\n"
                + "commune,22001,Xã Hai,22\n"
                + "commune,91001,Xã Ba,91\n"
                + "commune,22002,Xã Bốn,90001\n";

        assertThat(problems(csv, Set.of("22"))).containsExactly(
                new Problem("line 5", "geography.csv.parentUnknown"),
                new Problem("line 6", "geography.csv.parentUnknown"));
    }

    @Test
    void codeMayAppearOnce() {
        assertThat(problems(HEADER + "province,22,Tỉnh A,\nprovince,22,Tỉnh B,\n", Set.of()))
                .containsExactly(new Problem("line 3", "geography.csv.duplicate"));
    }

    @Test
    void problemsNeverCarryTheData() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> UnitFile.read(HEADER + "commune,06895,Xã Bí Mật,77\n", Set.of()));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.args()).containsExactly("2"));
    }

    @Test
    void fileWithoutDataIsRefused() {
        assertThat(problems(HEADER, Set.of())).containsExactly(new Problem("file", "geography.csv.empty"));
    }

    @Test
    void listsTheFirstHundredProblems() {
        String csv = HEADER + "x,y,z,w\n".repeat(150);

        List<Problem> problems = problems(csv, Set.of());

        assertThat(problems).hasSize(UnitFile.MAX_PROBLEMS + 1);
        assertThat(problems.getLast()).isEqualTo(new Problem("file", "geography.csv.tooManyProblems"));
    }

    record Problem(String field, String messageKey) {
    }

    static List<Problem> problems(String csv, Set<String> provinces) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> UnitFile.read(csv, provinces));
        assertThat(e).as("the file is refused").isNotNull();
        return e.problems().stream().map((FieldProblem p) -> new Problem(p.field(), p.messageKey())).toList();
    }
}
