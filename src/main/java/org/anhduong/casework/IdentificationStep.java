package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One dated step to identify her hometown or relatives; the note decrypted for the case's team. */
public record IdentificationStep(long id, IdentificationStepKind kind, LocalDate takenOn, @Nullable String note,
                                 long recordedBy, Instant recordedAt) {
}
