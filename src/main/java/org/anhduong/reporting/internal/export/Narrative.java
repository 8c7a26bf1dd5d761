package org.anhduong.reporting.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paragraphs of the department's six-monthly report, written from the figures in Vietnamese (official
 * administrative style, "2.134") or English ("2,134"), ready to paste. The first paragraph covers the line's calls
 * and the support given (counselling, emergency support, 111 intakes, trafficking hand-overs, children in care); the
 * second, when any of its figures is not 0, cases, referrals and shelter; the third, likewise, prevention models,
 * activities and trainings. Figures are used exactly as given: this
 * class counts nothing, and with {@link NarrativeInput#suppressSmall()} writes counts from 1 to 4 as "dưới 5" /
 * "fewer than 5" and leaves out breakdowns by sex that would show or betray such a count.
 */
public final class Narrative {

    private Narrative() {
    }

    /** Vietnamese unless {@code locale} is English. */
    public static List<String> paragraphs(NarrativeInput in, Locale locale) {
        var wording = new Wording(Texts.of(locale), in.suppressSmall());
        var paragraphs = new ArrayList<String>();
        paragraphs.add(new ActivityParagraph(in, wording).write());
        String casework = new CaseworkParagraph(in, wording).write();
        if (!casework.isEmpty()) {
            paragraphs.add(casework);
        }
        String prevention = new PreventionParagraph(in, wording).write();
        if (!prevention.isEmpty()) {
            paragraphs.add(prevention);
        }
        return List.copyOf(paragraphs);
    }
}
