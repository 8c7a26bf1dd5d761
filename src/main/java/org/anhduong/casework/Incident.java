package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored incident as its case's team reads it: the details as kept (description and reason decrypted, unknowns
 * filled in) and what is derived from them on every read.
 *
 * @param version optimistic-locking version; give it back to {@link Incidents#update}
 * @param date    ISO partial date ({@code 2026}, {@code 2026-03}, {@code 2026-03-14}), null when not known
 * @param derived computed from the facts, the client's birth and the case; never stored, never typed
 */
public record Incident(long id, long caseId, int version, @Nullable String date, TimeOfDay timeOfDay,
                       @Nullable String communeCode, @Nullable PlaceType placeType, @Nullable String description,
                       Classification classification, List<DomesticViolenceAct> domesticViolenceActs,
                       List<Perpetrator> perpetrators, @Nullable Boolean moneyOrGoodsExchanged,
                       AbductionStatus abduction, boolean harmfulTraditionalPractice,
                       List<ReportedTo> reportedElsewhere, Derived derived, Instant createdAt, Instant updatedAt) {

    public Incident {
        domesticViolenceActs = List.copyOf(domesticViolenceActs);
        perpetrators = List.copyOf(perpetrators);
        reportedElsewhere = List.copyOf(reportedElsewhere);
    }

    /**
     * What the facts imply (DESIGN.md §5).
     *
     * @param ageAtIncident           the youngest the client can have been, null when her birth or the date is unknown
     * @param childUnderVietnameseLaw under 16 at the incident (or estimated so by age group)
     * @param childForGbvims          under 18 at the incident (or estimated so by age group)
     * @param domesticViolenceActsOffered a perpetrator is a family member or the case is about domestic violence, so
     *                                screens put the acts of Law 13/2022 forward
     */
    public record Derived(Set<IncidentContext> contexts, @Nullable Integer ageAtIncident,
                          boolean childUnderVietnameseLaw, boolean childForGbvims, ReportingDelay reportingDelay,
                          boolean domesticViolenceActsOffered) {

        public Derived {
            contexts = Set.copyOf(contexts);
        }
    }

    /** The incident's details as they could be sent back, e.g. to change one of them. */
    public IncidentDetails details() {
        return new IncidentDetails(date, timeOfDay, communeCode, placeType, description, classification.answers(),
                classification.manual() ? classification.type() : null, classification.manualReason(),
                domesticViolenceActs, perpetrators.stream().map(Perpetrator::details).toList(), moneyOrGoodsExchanged,
                abduction, harmfulTraditionalPractice, reportedElsewhere);
    }

    /** Never prints the description or the reason. */
    @Override
    public String toString() {
        return "Incident[id=" + id + ", caseId=" + caseId + ", version=" + version + "]";
    }
}
