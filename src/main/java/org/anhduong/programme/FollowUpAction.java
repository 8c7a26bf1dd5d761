package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A follow-up action agreed on a supervision visit: what, who owns it (a staff name), by when, whether done. */
public record FollowUpAction(@Nullable String action, @Nullable String owner, @Nullable LocalDate dueOn,
                             @Nullable Boolean done) {
}
