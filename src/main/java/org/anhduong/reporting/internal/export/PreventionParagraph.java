package org.anhduong.reporting.internal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The third paragraph: the prevention models run in the period (of which pilots, in how many communes), the
 * communication and prevention activities held and their participants, the trainings run and their trainees. A part
 * whose main figure is 0 is left out; empty when every figure is 0.
 */
final class PreventionParagraph {

    private final NarrativeInput in;
    private final Wording w;

    PreventionParagraph(NarrativeInput in, Wording wording) {
        this.in = in;
        this.w = wording;
    }

    String write() {
        var parts = new ArrayList<String>();
        long models = in.count("programme.models");
        if (models > 0) {
            String text = phrase("models", models);
            long pilots = in.count("programme.pilots");
            if (pilots > 0) {
                text += ", " + phrase("pilots", pilots);
                long communes = in.count("programme.pilotCommunes");
                if (communes > 0) {
                    text += " " + phrase("pilotCommunes", communes);
                }
            }
            parts.add(text);
        }
        addWithPeople(parts, "activities", "activityParticipants");
        addWithPeople(parts, "trainings", "trainingParticipants");
        return parts.isEmpty() ? "" : w.texts().get("narrative.prevention", String.join("; ", parts));
    }

    private void addWithPeople(List<String> parts, String what, String who) {
        long count = in.count("programme." + what);
        if (count > 0) {
            long people = in.count("programme." + who);
            parts.add(people == 0 ? phrase(what, count) : phrase(what, count) + " " + phrase(who, people));
        }
    }

    private String phrase(String indicator, long count) {
        return w.phrase("narrative.prevention." + indicator, count);
    }
}
