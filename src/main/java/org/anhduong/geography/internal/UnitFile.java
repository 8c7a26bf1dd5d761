package org.anhduong.geography.internal;

import org.anhduong.geography.LocalityLevel;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a units file ({@code level,code,name,parent_code}). Every problem is reported with its line number
 * and a message key naming the column, never with the data itself: the whole file is checked before anything is
 * written, so an administrator can fix all lines in one go.
 */
final class UnitFile {

    static final String HEADER = "level,code,name,parent_code";
    static final int MAX_PROBLEMS = 100;
    static final int MAX_NAME = 200;

    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern CODE = Pattern.compile("[0-9]{1,10}");
    private static final String BOM = "\uFEFF";

    private final List<LineProblem> problems = new ArrayList<>();
    private final List<UnitRow> rows = new ArrayList<>();

    private record LineProblem(int line, String messageKey) {
    }

    private UnitFile() {
    }

    /**
     * The checked rows of a file.
     *
     * @param currentProvinces codes of the provinces valid now, which communes may name as their parent besides the
     *                         provinces of the file itself
     * @throws InvalidInputException listing the problems by line ({@code "line 12"}) when there is any
     */
    static List<UnitRow> read(String csv, Set<String> currentProvinces) {
        UnitFile file = new UnitFile();
        file.parse(csv.startsWith(BOM) ? csv.substring(1) : csv);
        file.checkReferences(currentProvinces);
        return file.result();
    }

    private void parse(String csv) {
        String[] lines = LINE_BREAK.split(csv, -1);
        if (!HEADER.equals(lines[0].strip())) {
            problems.add(new LineProblem(1, "geography.csv.header"));
            return;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parseLine(i + 1, lines[i]);
            }
        }
    }

    private void parseLine(int line, String text) {
        List<String> fields = CsvLine.fields(text);
        if (fields == null || fields.size() != 4) {
            problem(line, fields == null ? "geography.csv.quote" : "geography.csv.columns");
            return;
        }
        Optional<LocalityLevel> level = LocalityLevel.parse(fields.get(0));
        String code = fields.get(1).strip();
        String name = Normalizer.normalize(fields.get(2).strip(), Normalizer.Form.NFC);
        String parent = fields.get(3).strip();
        int before = problems.size();
        check(line, level.isPresent(), "geography.csv.level");
        check(line, CODE.matcher(code).matches(), "geography.csv.code");
        check(line, !name.isEmpty() && name.length() <= MAX_NAME, "geography.csv.name");
        level.ifPresent(l -> checkParentShape(line, l, parent));
        if (problems.size() == before) {
            rows.add(new UnitRow(line, level.orElseThrow(), code, name, parent.isEmpty() ? null : parent));
        }
    }

    private void checkParentShape(int line, LocalityLevel level, String parent) {
        if (level == LocalityLevel.PROVINCE) {
            check(line, parent.isEmpty(), "geography.csv.parentNotAllowed");
        } else {
            check(line, CODE.matcher(parent).matches(), "geography.csv.parentRequired");
        }
    }

    /** Checks that need the whole file: a code given twice, a commune under a province that does not exist. */
    private void checkReferences(Set<String> currentProvinces) {
        Set<String> provinces = new HashSet<>(currentProvinces);
        rows.stream().filter(r -> !r.isProvince()).map(UnitRow::code).forEach(provinces::remove);
        rows.stream().filter(UnitRow::isProvince).map(UnitRow::code).forEach(provinces::add);
        Set<String> seen = new HashSet<>();
        for (UnitRow row : rows) {
            check(row.line(), seen.add(row.code()), "geography.csv.duplicate");
            check(row.line(), row.parentCode() == null || provinces.contains(row.parentCode()), "geography.csv.parentUnknown");
        }
    }

    private List<UnitRow> result() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(reported());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "geography.csv.empty");
        }
        return List.copyOf(rows);
    }

    /** The first problems in line order; a file in the wrong shape altogether would otherwise list thousands. */
    private List<FieldProblem> reported() {
        List<FieldProblem> reported = new ArrayList<>(problems.stream()
                .sorted(Comparator.comparingInt(LineProblem::line))
                .limit(MAX_PROBLEMS)
                .map(p -> new FieldProblem("line " + p.line(), p.messageKey(), String.valueOf(p.line())))
                .toList());
        if (problems.size() > MAX_PROBLEMS) {
            reported.add(new FieldProblem("file", "geography.csv.tooManyProblems", String.valueOf(MAX_PROBLEMS)));
        }
        return reported;
    }

    private void check(int line, boolean ok, String messageKey) {
        if (!ok) {
            problem(line, messageKey);
        }
    }

    private void problem(int line, String messageKey) {
        problems.add(new LineProblem(line, messageKey));
    }
}
