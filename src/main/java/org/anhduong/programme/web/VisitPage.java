package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One visit with its findings, recommendations and follow-up actions in the order given. */
public record VisitPage(String visitedOn, String model, String commune, String findings, String recommendations,
                        List<ActionLine> actions, @Nullable String noticeKey) {

    /** One follow-up action as shown. */
    public record ActionLine(String action, String owner, String dueOn, boolean done) {
    }
}
