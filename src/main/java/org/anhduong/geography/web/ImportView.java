package org.anhduong.geography.web;

import org.anhduong.geography.ImportResult;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The import form with its outcome: the counts of a run, or its problems. Problems of the file's lines point at the
 * file field, the only place the user can fix them.
 */
public record ImportView(String effectiveDate, boolean dryRun, @Nullable ImportResult result,
                         List<FieldProblem> problems) {

    public static final String FILE = "file";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    /** A fresh form: dry run ticked, so a first attempt never changes data by surprise. */
    public static ImportView blank() {
        return new ImportView("", true, null, List.of());
    }

    public String anchor(FieldProblem problem) {
        return EFFECTIVE_DATE.equals(problem.field()) ? EFFECTIVE_DATE : FILE;
    }

    public boolean invalid(String field) {
        return problems.stream().anyMatch(p -> anchor(p).equals(field));
    }

    /** What to say beside a field: its problem, or for a file with many bad lines, how many the summary lists. */
    public FieldProblem problemOf(String field) {
        List<FieldProblem> own = problems.stream().filter(p -> anchor(p).equals(field)).toList();
        return own.size() == 1 ? own.getFirst() : new FieldProblem(field, "geography.import.fileProblems", own.size());
    }

    public String describedBy(String field) {
        return invalid(field) ? field + "-hint " + field + "-error" : field + "-hint";
    }
}
