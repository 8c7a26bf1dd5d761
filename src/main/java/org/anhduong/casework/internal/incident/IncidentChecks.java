package org.anhduong.casework.internal.incident;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.Classification;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.casework.internal.rules.ClassifyIncident;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.time.PartialDate;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks an incident as given and keeps it as stored. Every problem is collected, so that a form or an API client
 * learns all of them at once. Pure: the commune check and today's date come from the caller.
 */
final class IncidentChecks {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PERPETRATORS = 20;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Predicate<String> communeExists;
    private final LocalDate today;

    IncidentChecks(Predicate<String> communeExists, LocalDate today) {
        this.communeExists = communeExists;
        this.today = today;
    }

    /** @throws InvalidInputException naming every bad field */
    ValidIncident check(IncidentDetails d) {
        problems.clear();
        PartialDate date = date(d.date());
        String commune = commune(d.communeCode());
        String description = text("description", d.description(), MAX_DESCRIPTION);
        Classification classification = classification(d);
        List<PerpetratorDetails> perpetrators = perpetrators(d.perpetrators());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidIncident(date, Objects.requireNonNullElse(d.timeOfDay(), TimeOfDay.UNKNOWN), commune,
                d.placeType(), description, Objects.requireNonNull(classification),
                distinct(d.domesticViolenceActs()), perpetrators, d.moneyOrGoodsExchanged(),
                Objects.requireNonNullElse(d.abduction(), AbductionStatus.UNKNOWN),
                Boolean.TRUE.equals(d.harmfulTraditionalPractice()), distinct(d.reportedElsewhere()));
    }

    private @Nullable PartialDate date(@Nullable String text) {
        try {
            PartialDate date = PartialDate.parseOrNull(text);
            if (date != null && date.earliest().isAfter(today)) {
                problems.add(new FieldProblem("date", "casework.date.future"));
            }
            return date;
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("date", "casework.date.invalid"));
            return null;
        }
    }

    private @Nullable String commune(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String stripped = code.strip();
        if (!communeExists.test(stripped)) {
            problems.add(new FieldProblem("communeCode", "casework.commune.unknown"));
        }
        return stripped;
    }

    private @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong", max));
        }
        return text;
    }

    /** The helper's type for the answers, or the worker's own with a reason. */
    private @Nullable Classification classification(IncidentDetails d) {
        ClassificationAnswers answers = Objects.requireNonNullElse(d.answers(), ClassificationAnswers.none());
        try {
            return d.manualType() != null
                    ? ClassifyIncident.manual(d.manualType(), answers, d.manualReason())
                    : ClassifyIncident.helped(answers);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private List<PerpetratorDetails> perpetrators(@Nullable List<PerpetratorDetails> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_PERPETRATORS) {
            problems.add(new FieldProblem("perpetrators", "casework.incident.perpetrators.tooMany", MAX_PERPETRATORS));
        }
        List<PerpetratorDetails> kept = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PerpetratorDetails p = given.get(i);
            if (p == null || p.relation() == null) {
                problems.add(new FieldProblem("perpetrators[" + i + "].relation", "validation.required"));
                continue;
            }
            kept.add(new PerpetratorDetails(p.relation(), Objects.requireNonNullElse(p.sex(), Sex.UNKNOWN),
                    Objects.requireNonNullElse(p.ageGroup(), AgeGroup.UNKNOWN),
                    Objects.requireNonNullElse(p.occupation(), Occupation.UNKNOWN)));
        }
        return kept;
    }

    /** Each value once, in the enum's order (the law's order for the acts). */
    private static <E extends Enum<E>> List<E> distinct(@Nullable List<E> values) {
        return values == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).sorted().toList()));
    }
}
