package org.anhduong.reporting.internal.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second paragraph: cases opened and closed in the period and open at its end, referrals sent, accepted and
 * completed, shelter admissions and person-nights. A sentence (or a part of one) whose figures are all 0 is left out;
 * empty when every figure is 0.
 */
final class CaseworkParagraph {

    private final NarrativeInput in;
    private final Wording w;
    private final Texts t;

    CaseworkParagraph(NarrativeInput in, Wording wording) {
        this.in = in;
        this.w = wording;
        this.t = wording.texts();
    }

    String write() {
        var sentences = new ArrayList<String>();
        addIfAny(sentences, cases());
        addIfAny(sentences, referrals());
        addIfAny(sentences, shelter());
        return String.join(" ", sentences);
    }

    private static void addIfAny(List<String> sentences, String sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    private String cases() {
        var flow = new ArrayList<String>();
        add(flow, "narrative.casework.opened", in.count("cases.opened"));
        add(flow, "narrative.casework.closed", in.count("cases.closed"));
        var parts = new ArrayList<String>();
        if (!flow.isEmpty()) {
            parts.add(t.get("narrative.casework.flow", w.and(flow)));
        }
        long active = in.count("cases.active");
        if (active > 0) {
            parts.add(w.phrase("narrative.casework.active", active, endOfPeriod()));
        }
        return parts.isEmpty() ? "" : t.get("narrative.casework", String.join("; ", parts));
    }

    private String referrals() {
        var parts = new ArrayList<String>();
        long sent = in.count("referrals.sent");
        if (sent > 0) {
            parts.add(w.phrase("narrative.referrals.sent", sent));
        }
        var outcomes = new ArrayList<String>();
        add(outcomes, "narrative.referrals.accepted", in.count("referrals.accepted"));
        add(outcomes, "narrative.referrals.completed", in.count("referrals.completed"));
        if (!outcomes.isEmpty()) {
            parts.add(w.and(outcomes));
        }
        return parts.isEmpty() ? "" : t.get("narrative.referrals", String.join("; ", parts));
    }

    private String shelter() {
        var parts = new ArrayList<String>();
        add(parts, "narrative.shelter.admissions", in.count("shelter.admissions"));
        add(parts, "narrative.shelter.personNights", in.count("shelter.personNights"));
        return parts.isEmpty() ? "" : t.get("narrative.shelter", w.and(parts));
    }

    private void add(List<String> parts, String key, long count) {
        if (count > 0) {
            parts.add(w.phrase(key, count));
        }
    }

    private String endOfPeriod() {
        Locale locale = t.locale();
        var format = "vi".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(format, locale).format(in.to());
    }
}
