package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/** A goal as written or changed; a null status is OPEN. */
public record GoalDetails(String text, @Nullable GoalStatus status) {
}
