package org.anhduong.casework.web;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.Incident;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * The "edit the incident" form as posted, with the incident's version as read: the facts of what happened. The type,
 * the perpetrators and the acts of domestic violence keep their own forms on the incident's page.
 */
public record IncidentEditForm(@Nullable Integer version, @Nullable String date, @Nullable String timeOfDay,
                               @Nullable String communeCode, @Nullable String placeType, @Nullable String description,
                               @Nullable String moneyOrGoodsExchanged, @Nullable String abduction,
                               @Nullable String harmfulTraditionalPractice, @Nullable List<String> reportedElsewhere) {

    public IncidentEditForm {
        reportedElsewhere = reportedElsewhere == null ? List.of() : List.copyOf(reportedElsewhere);
    }

    /** The stored incident as the form shows it (dates as dd/MM/yyyy). */
    static IncidentEditForm of(Incident i) {
        return new IncidentEditForm(i.version(), i.date() == null ? null : PartialDate.parse(i.date()).shown(),
                i.timeOfDay().name(), i.communeCode(), i.placeType() == null ? null : i.placeType().name(),
                i.description(), IncidentForm.text(i.moneyOrGoodsExchanged()), i.abduction().name(),
                i.harmfulTraditionalPractice() ? "true" : null,
                i.reportedElsewhere().stream().map(Enum::name).toList());
    }

    /** The stored details with this form's facts; enum values outside the choices become problems in {@code values}. */
    IncidentDetails applyTo(IncidentDetails d, FormValues values) {
        List<ReportedTo> reported = Objects.requireNonNull(reportedElsewhere).stream()
                .map(r -> values.enumOf(ReportedTo.class, r, "reportedElsewhere")).filter(Objects::nonNull).toList();
        return new IncidentDetails(date, values.enumOf(TimeOfDay.class, timeOfDay, "timeOfDay"), communeCode,
                values.enumOf(PlaceType.class, placeType, "placeType"), description, d.answers(), d.manualType(),
                d.manualReason(), d.domesticViolenceActs(), d.perpetrators(), IncidentForm.bool(moneyOrGoodsExchanged),
                values.enumOf(AbductionStatus.class, abduction, "abduction"),
                "true".equals(harmfulTraditionalPractice), reported);
    }

    public boolean wasReportedTo(String to) {
        return Objects.requireNonNull(reportedElsewhere).contains(to);
    }

    /** Never prints the description. */
    @Override
    public String toString() {
        return "IncidentEditForm[version=" + version + "]";
    }
}
