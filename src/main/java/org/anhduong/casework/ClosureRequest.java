package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/** A closure as the case worker asks for it: the reason and, in her words, the outcome (encrypted). */
public record ClosureRequest(ClosureReason reason, @Nullable String outcome) {
}
