package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

/** The forms of the plan tab, as posted; every field a string so a refused form comes back as typed. */
public final class PlanForms {

    private PlanForms() {
    }

    public record GoalForm(@Nullable String text) {
        public static final GoalForm EMPTY = new GoalForm("");
    }

    public record GoalStatusForm(@Nullable String status, @Nullable Integer version) {
    }

    public record ServiceForm(@Nullable String type, @Nullable String givenOn, @Nullable String providerOrganisationId,
                              @Nullable String providerName, @Nullable String outcome) {
        public static final ServiceForm EMPTY = new ServiceForm("", "", "", "", "");
    }

    public record FollowUpForm(@Nullable String dueOn, @Nullable String purpose, @Nullable String assignedTo) {
        public static final FollowUpForm EMPTY = new FollowUpForm("", "", "");
    }

    public record DoneForm(@Nullable String result, @Nullable Integer version) {
    }
}
