package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An incident as a case worker describes it. Every problem is reported at once, on these field names
 * ({@code perpetrators[0].relation} for the first perpetrator's).
 *
 * <p><b>Classification</b>: {@code answers} are the helper's answers ({@link Incidents#classify}); the type is the one
 * they decide. To choose the type yourself give {@code manualType} and a {@code manualReason}
 * ({@value Classification#MIN_REASON}–{@value Classification#MAX_REASON} characters); the answers given so far are kept
 * beside it.
 *
 * <p>Defaults: time of day and abduction UNKNOWN; harmful traditional practice false; empty lists.
 *
 * @param date                    a year, month or day ({@code 2026}, {@code 03/2026}, {@code 2026-03-14}); not in the
 *                                future; null when not known
 * @param communeCode             where it happened: an administrative unit code valid today
 * @param description             what happened, in the worker's words; encrypted
 * @param domesticViolenceActs    acts of Law 13/2022/QH15 Art. 3; offered when a perpetrator is a family member or the
 *                                case is about domestic violence, accepted in any case
 * @param moneyOrGoodsExchanged   null when not known
 * @param harmfulTraditionalPractice e.g. bride kidnapping ("bắt vợ") or a marriage by custom of a child
 */
public record IncidentDetails(
        @Nullable String date,
        @Nullable TimeOfDay timeOfDay,
        @Nullable String communeCode,
        @Nullable PlaceType placeType,
        @Nullable String description,
        @Nullable ClassificationAnswers answers,
        @Nullable GbvimsType manualType,
        @Nullable String manualReason,
        @Nullable List<DomesticViolenceAct> domesticViolenceActs,
        @Nullable List<PerpetratorDetails> perpetrators,
        @Nullable Boolean moneyOrGoodsExchanged,
        @Nullable AbductionStatus abduction,
        @Nullable Boolean harmfulTraditionalPractice,
        @Nullable List<ReportedTo> reportedElsewhere) {

    public IncidentDetails {
        domesticViolenceActs = domesticViolenceActs == null ? null : List.copyOf(domesticViolenceActs);
        perpetrators = perpetrators == null ? null : List.copyOf(perpetrators);
        reportedElsewhere = reportedElsewhere == null ? null : List.copyOf(reportedElsewhere);
    }

    /** The same incident with one more perpetrator. */
    public IncidentDetails withPerpetrator(PerpetratorDetails perpetrator) {
        List<PerpetratorDetails> all = new java.util.ArrayList<>(perpetrators == null ? List.of() : perpetrators);
        all.add(perpetrator);
        return new IncidentDetails(date, timeOfDay, communeCode, placeType, description, answers, manualType,
                manualReason, domesticViolenceActs, all, moneyOrGoodsExchanged, abduction, harmfulTraditionalPractice,
                reportedElsewhere);
    }

    /**
     * The same incident without the perpetrator at {@code index} (in the order they are listed).
     *
     * @throws IndexOutOfBoundsException when there is none there
     */
    public IncidentDetails withoutPerpetrator(int index) {
        List<PerpetratorDetails> all = new java.util.ArrayList<>(perpetrators == null ? List.of() : perpetrators);
        all.remove(index);
        return new IncidentDetails(date, timeOfDay, communeCode, placeType, description, answers, manualType,
                manualReason, domesticViolenceActs, all, moneyOrGoodsExchanged, abduction, harmfulTraditionalPractice,
                reportedElsewhere);
    }

    /** Never prints the description or the reason. */
    @Override
    public String toString() {
        return "IncidentDetails[placeType=" + placeType + ", manualType=" + manualType + "]";
    }
}
