package org.anhduong.reporting.internal.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The first paragraph: calls on the line, counselling, emergency support, 111 intakes, trafficking hand-overs and
 * children in care, as the department writes it. Clauses whose figure is 0 are left out, except the calls: "received
 * no calls" is said, so that a quiet period never reads like missing data.
 */
final class ActivityParagraph {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NarrativeInput in;
    private final Wording w;
    private final Texts t;

    ActivityParagraph(NarrativeInput in, Wording wording) {
        this.in = in;
        this.w = wording;
        this.t = wording.texts();
    }

    String write() {
        var clauses = new ArrayList<String>();
        addIfAny(clauses, counselling());
        addIfAny(clauses, emergency());
        addIfAny(clauses, intake111());
        addIfAny(clauses, trafficking());
        addIfAny(clauses, residentialCare());
        var sentence = new StringBuilder(opening());
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            sentence.append("; ").append(i == clauses.size() - 1 ? t.get("narrative.lastClause", clause) : clause);
        }
        return sentence.append('.').toString();
    }

    private static void addIfAny(List<String> clauses, String clause) {
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
    }

    private String opening() {
        String period = in.periodName().isBlank()
                ? t.get("narrative.period.dates", DAY.format(in.from()), DAY.format(in.to()))
                : in.periodName();
        long calls = in.count("contacts.total");
        String lines = w.and(in.lineNumbers());
        String key = (calls == 0 ? "narrative.contacts.none" : "narrative.contacts")
                + (in.lineNumbers().isEmpty() ? ".noLine" : "");
        String opening = t.plural(key, in.lineNumbers().size(), period, in.scopeName(), w.counted("narrative.calls", calls),
                lines);
        if (calls == 0) {
            return opening;
        }
        long gbv = in.count("contacts.gbvRelated");
        return opening + (gbv == 0 ? t.get("narrative.contacts.gbv.none") : w.phrase("narrative.contacts.gbv", gbv));
    }

    private String counselling() {
        long cases = in.count("counselling.directCases");
        return cases == 0 ? "" : t.get("narrative.counselling", w.counted("narrative.cases", cases));
    }

    private String emergency() {
        long cases = in.count("emergency.cases");
        if (cases == 0) {
            return "";
        }
        long persons = in.count("emergency.persons");
        long children = in.count("emergency.accompanyingChildren");
        String casesText = w.counted("narrative.cases", cases);
        if (persons == 0) {
            return t.get("narrative.emergency", casesText);
        }
        String personsText = w.counted("narrative.persons", persons);
        if (children == 0) {
            return t.get("narrative.emergency.persons", casesText, personsText);
        }
        return t.plural("narrative.emergency.children", w.suppressed(children) ? 5 : children, casesText, personsText,
                w.counted("narrative.children", children));
    }

    private String intake111() {
        long cases = in.count("intake.fromNationalHotline111");
        return cases == 0 ? "" : t.get("narrative.intake111", w.counted("narrative.cases", cases));
    }

    private String trafficking() {
        long received = in.count("trafficking.received");
        long family = in.count("trafficking.handedOverToFamily");
        long organisation = in.count("trafficking.handedOverToOrganization");
        var parts = new ArrayList<String>();
        if (received > 0) {
            parts.add(t.get("narrative.trafficking.received", receivedPersons(received)));
        }
        // Without a reception in the sentence, the first hand-over says who was handed over.
        String noun = received > 0 ? "narrative.persons" : "narrative.survivors";
        if (family > 0) {
            parts.add(w.phrase("narrative.trafficking.family", family, w.counted(noun, family)));
            noun = "narrative.persons";
        }
        if (organisation > 0) {
            parts.add(w.phrase("narrative.trafficking.organisation", organisation, w.counted(noun, organisation)));
        }
        return w.and(parts);
    }

    private String receivedPersons(long received) {
        var bySex = in.bySex("trafficking.received");
        var parts = w.bySex("narrative.adult.", received, bySex);
        if (parts.isEmpty()) {
            return w.counted("narrative.persons", received);
        }
        if (bySex.getOrDefault("FEMALE", 0L) == received) {
            return w.counted("narrative.women", received);
        }
        if (bySex.getOrDefault("MALE", 0L) == received) {
            return w.counted("narrative.men", received);
        }
        return w.counted("narrative.persons", received) + " (" + parts.get() + ")";
    }

    private String residentialCare() {
        long children = in.count("residentialCare.children");
        long trafficked = in.count("residentialCare.traffickedChildren");
        String traffickedText = children(trafficked, "narrative.traffickedChildren", "residentialCare.traffickedChildren");
        if (trafficked > 0 && trafficked >= children) {
            return t.get("narrative.care", traffickedText);
        }
        if (children == 0) {
            return "";
        }
        String childrenText = children(children, "narrative.careChildren", "residentialCare.children");
        return trafficked == 0
                ? t.get("narrative.care", childrenText)
                : t.get("narrative.care.including", childrenText, traffickedText);
    }

    private String children(long count, String nounKey, String indicator) {
        String noun = w.counted(nounKey, count);
        return w.bySex("narrative.child.", count, in.bySex(indicator)).map(parts -> noun + " (" + parts + ")").orElse(noun);
    }
}
