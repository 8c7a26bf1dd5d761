package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The case-work lists outside a case file: follow-ups due, alerts. */
public final class WorkListPages {

    private WorkListPages() {
    }

    /** "Due and overdue": the user's own, and for a supervisor the organisation's. */
    public record DuePage(List<DueRow> mine, List<DueRow> team, boolean supervisor) {

        public DuePage {
            mine = List.copyOf(mine);
            team = List.copyOf(team);
        }
    }

    public record DueRow(long caseId, String caseNumber, String survivorCode, LocalDate dueOn, String assignee,
                         boolean overdue) {

        public String href() {
            return CaseFileScreens.PATH + "/" + caseId + "/" + PlanScreens.TAB;
        }
    }

    public record AlertPage(List<AlertRow> alerts, @Nullable String notice) {

        public AlertPage {
            alerts = List.copyOf(alerts);
        }
    }

    public record AlertRow(long id, long caseId, String caseNumber, String survivorCode, String kind,
                           Instant createdAt, @Nullable Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        public String href() {
            return CaseFileScreens.PATH + "/" + caseId + "/" + AssessmentScreens.TAB;
        }
    }
}
