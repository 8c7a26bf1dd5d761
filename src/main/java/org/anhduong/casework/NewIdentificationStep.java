package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A step of identification as recorded: what it traced, when (not in the future), and a note (encrypted). */
public record NewIdentificationStep(IdentificationStepKind kind, LocalDate takenOn, @Nullable String note) {
}
