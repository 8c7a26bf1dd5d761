package org.anhduong.casework.web;

import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The new-incident screen as posted: the helper's answers so far (hidden fields, "true"/"false"), the answer to the
 * question on screen, whether the worker chose the type herself, and the incident's details once the type is known.
 * The screen keeps no state on the server: each post carries everything.
 *
 * @param step   the button pressed: {@code answer}, {@code back}, {@code manual}, {@code helper} or {@code save}
 * @param answer "yes" or "no" for the question on screen
 * @param manual "true" once the worker chose to pick the type herself
 */
public record IncidentForm(@Nullable String step, @Nullable String answer,
                           @Nullable String penetration, @Nullable String unwantedSexualContact,
                           @Nullable String physicalAssault, @Nullable String forcedMarriage,
                           @Nullable String denialOfResources, @Nullable String psychologicalAbuse,
                           @Nullable String manual, @Nullable String manualType, @Nullable String manualReason,
                           @Nullable String date, @Nullable String timeOfDay, @Nullable String communeCode,
                           @Nullable String placeType, @Nullable String description, @Nullable List<String> acts,
                           @Nullable String moneyOrGoodsExchanged, @Nullable String abduction,
                           @Nullable String harmfulTraditionalPractice, @Nullable List<String> reportedElsewhere) {

    public static final IncidentForm EMPTY = new IncidentForm(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public IncidentForm {
        acts = acts == null ? List.of() : List.copyOf(acts);
        reportedElsewhere = reportedElsewhere == null ? List.of() : List.copyOf(reportedElsewhere);
    }

    public boolean isManual() {
        return "true".equals(manual);
    }

    /** The helper's answers carried by the hidden fields. */
    public ClassificationAnswers answers() {
        return new ClassificationAnswers(bool(penetration), bool(unwantedSexualContact), bool(physicalAssault),
                bool(forcedMarriage), bool(denialOfResources), bool(psychologicalAbuse));
    }

    /** The hidden field's name for a question. */
    public static String field(Question question) {
        return switch (question) {
            case PENETRATION -> "penetration";
            case UNWANTED_SEXUAL_CONTACT -> "unwantedSexualContact";
            case PHYSICAL_ASSAULT -> "physicalAssault";
            case FORCED_MARRIAGE -> "forcedMarriage";
            case DENIAL_OF_RESOURCES -> "denialOfResources";
            case PSYCHOLOGICAL_ABUSE -> "psychologicalAbuse";
        };
    }

    /** The same form with other answers, manual mode and answer on screen. */
    IncidentForm with(ClassificationAnswers a, boolean manualMode, @Nullable String answerShown) {
        return new IncidentForm(null, answerShown, text(a.penetration()), text(a.unwantedSexualContact()),
                text(a.physicalAssault()), text(a.forcedMarriage()), text(a.denialOfResources()),
                text(a.psychologicalAbuse()), manualMode ? "true" : null, manualType, manualReason, date, timeOfDay,
                communeCode, placeType, description, acts, moneyOrGoodsExchanged, abduction,
                harmfulTraditionalPractice, reportedElsewhere);
    }

    public boolean hasAct(String act) {
        return Objects.requireNonNull(acts).contains(act);
    }

    public boolean wasReportedTo(String to) {
        return Objects.requireNonNull(reportedElsewhere).contains(to);
    }

    static @Nullable Boolean bool(@Nullable String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf("true".equals(value) || "yes".equals(value));
    }

    static @Nullable String text(@Nullable Boolean value) {
        return value == null ? null : value.toString();
    }
}
