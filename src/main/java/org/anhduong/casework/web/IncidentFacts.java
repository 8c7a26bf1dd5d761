package org.anhduong.casework.web;

import org.anhduong.casework.Incident;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** An incident's facts and derived facts as label and value, for its page. */
@Component
class IncidentFacts {

    private final Labels labels;
    private final Localities localities;

    /** The current name of a commune code on a form (with its province), or empty. */
    String communeName(@Nullable String code) {
        return localities.describe(code);
    }

    IncidentFacts(Labels labels, Localities localities) {
        this.labels = labels;
        this.localities = localities;
    }

    String date(@Nullable String iso) {
        return iso == null ? labels.text("casework.incidents.dateUnknown") : PartialDate.parse(iso).shown();
    }

    List<SummaryPage.Fact> facts(Incident i) {
        var c = i.classification();
        String type = labels.text(c.type().labelKey())
                + (c.manual() ? " (" + labels.text("casework.incident.manualBadge") + ")" : "");
        return List.of(
                fact("casework.incident.field.type", type),
                fact("casework.incident.field.manualReason", c.manualReason() == null ? "" : c.manualReason()),
                fact("casework.incident.field.date", date(i.date())),
                fact("casework.incident.field.timeOfDay", labels.of(i.timeOfDay())),
                fact("casework.incident.field.placeType",
                        i.placeType() == null ? "" : labels.text(i.placeType().labelKey())),
                fact("casework.incident.field.communeCode", commune(i.communeCode())),
                fact("casework.incident.field.description", i.description() == null ? "" : i.description()),
                fact("casework.incident.field.moneyOrGoodsExchanged", yesNo(i.moneyOrGoodsExchanged())),
                fact("casework.incident.field.abduction", labels.of(i.abduction())),
                fact("casework.incident.field.harmfulTraditionalPractice", yesNo(i.harmfulTraditionalPractice())),
                fact("casework.incident.field.reportedElsewhere", i.reportedElsewhere().stream()
                        .map(labels::of).collect(Collectors.joining(", "))))
                .stream().filter(f -> !f.value().isEmpty()).toList();
    }

    List<SummaryPage.Fact> derived(Incident i) {
        Incident.Derived d = i.derived();
        return List.of(
                fact("casework.incident.field.ageAtIncident", d.ageAtIncident() == null
                        ? labels.text("casework.incident.unknown")
                        : labels.text("casework.incident.ageYears", d.ageAtIncident())),
                fact("casework.incident.field.childUnderVietnameseLaw", yesNo(d.childUnderVietnameseLaw())),
                fact("casework.incident.field.childForGbvims", yesNo(d.childForGbvims())),
                fact("casework.incident.field.reportingDelay", labels.of(d.reportingDelay())));
    }

    private String commune(@Nullable String code) {
        return code == null ? "" : localities.find(code).map(Locality::name).orElse(code) + " (" + code + ")";
    }

    private String yesNo(@Nullable Boolean value) {
        return value == null ? labels.text("casework.incident.unknown") : labels.text(value ? "form.yes" : "form.no");
    }

    private SummaryPage.Fact fact(String key, String value) {
        return new SummaryPage.Fact(labels.text(key), value);
    }
}
