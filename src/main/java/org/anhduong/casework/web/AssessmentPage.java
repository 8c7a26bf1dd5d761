package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** The assessments tab: the instrument as a form (answers as posted when refused) and the assessments made. */
public record AssessmentPage(CaseFileHeader header, String instrument, List<Question> questions, String safetyPlan,
                             FormErrors errors, List<Row> rows, @Nullable String notice, boolean alerted) {

    public AssessmentPage {
        questions = List.copyOf(questions);
        rows = List.copyOf(rows);
    }

    /** One item: "yes", "no" or "" (not answered). */
    public record Question(String code, String label, boolean redFlag, String answer) {

        public String name() {
            return "answer." + code;
        }
    }

    /** One assessment as shown. */
    public record Row(Instant at, String level, boolean high, int total, List<String> redFlags, int unanswered,
                      String assessor, @Nullable String safetyPlan) {

        public Row {
            redFlags = List.copyOf(redFlags);
        }
    }
}
