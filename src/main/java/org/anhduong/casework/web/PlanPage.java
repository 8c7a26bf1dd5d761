package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.web.PlanForms.FollowUpForm;
import org.anhduong.casework.web.PlanForms.GoalForm;
import org.anhduong.casework.web.PlanForms.ServiceForm;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan tab: goals, services given and follow-ups, each with its form. {@code errors} holds the problems of the
 * one form that was refused, keyed by input ids (goal-…, service-…, followUp-…, goal-ID-status, done-ID-result).
 */
public record PlanPage(CaseFileHeader header, @Nullable String notice, FormErrors errors,
                       List<GoalRow> goals, List<Choice> goalStatuses, GoalForm goalForm,
                       List<ServiceRow> services, List<Choice> serviceTypes, List<Choice> organisations,
                       ServiceForm serviceForm,
                       List<FollowUpRow> followUps, List<Choice> assignees, FollowUpForm followUpForm) {

    public PlanPage {
        goals = List.copyOf(goals);
        goalStatuses = List.copyOf(goalStatuses);
        services = List.copyOf(services);
        serviceTypes = List.copyOf(serviceTypes);
        organisations = List.copyOf(organisations);
        followUps = List.copyOf(followUps);
        assignees = List.copyOf(assignees);
    }

    public record GoalRow(long id, String text, String status, String statusCode, int version) {
    }

    public record ServiceRow(long id, String type, String sector, LocalDate givenOn, String provider,
                             @Nullable String outcome, String recordedBy) {
    }

    public record FollowUpRow(long id, LocalDate dueOn, String purpose, String assignee, boolean overdue,
                              @Nullable Instant doneAt, @Nullable String result, int version) {

        public boolean done() {
            return doneAt != null;
        }
    }
}
