package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * An incident's GBVIMS type with the answers behind it. {@code manual} means the worker chose the type herself instead
 * of the helper's result, which needs a reason of {@value #MIN_REASON}–{@value #MAX_REASON} characters so a supervisor
 * can review the override. Build one through the {@code ClassifyIncident} rule, which checks the type against the
 * answers.
 */
public record Classification(GbvimsType type, ClassificationAnswers answers, boolean manual,
                             @Nullable String manualReason) {

    public static final int MIN_REASON = 5;
    public static final int MAX_REASON = 500;

    public Classification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(answers, "answers");
        if (manual) {
            manualReason = manualReason == null ? null : manualReason.strip();
            if (!isAcceptableReason(manualReason)) {
                throw new IllegalArgumentException("a manual classification needs a reason of 5 to 500 characters");
            }
        } else if (manualReason != null) {
            throw new IllegalArgumentException("only a manual classification has a reason");
        }
    }

    /** Whether a manual choice may rest on this reason (stripped, {@value #MIN_REASON}–{@value #MAX_REASON} chars). */
    public static boolean isAcceptableReason(@Nullable String reason) {
        if (reason == null) {
            return false;
        }
        int length = reason.strip().codePointCount(0, reason.strip().length());
        return length >= MIN_REASON && length <= MAX_REASON;
    }
}
