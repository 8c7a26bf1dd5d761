package org.anhduong.casework.internal.rules;

import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The contexts of DESIGN.md §5, derived from an incident's facts so that no one has to type (or can mistype) them.
 *
 * <p><b>Age at the incident</b> gives the child the benefit of the doubt: it is the youngest the survivor can have
 * been, i.e. the completed years from her latest possible birthday to the earliest possible day of the incident
 * (born "2008", incident "03/2026" → from 31/12/2008 to 01/03/2026 → 17). When the birth or the incident date is
 * unknown the age is unknown, and the survivor counts as a child only if an age-group hint says so (a counsellor's
 * estimate); an unknown age alone never makes her a child.
 */
public final class DeriveContexts {

    /** Under 16: a child under Vietnamese law (Law on Children). */
    public static final int VIETNAMESE_CHILD_UNDER = 16;
    /** Under 18: a child for GBVIMS and trafficking. */
    public static final int GBVIMS_CHILD_UNDER = 18;

    private DeriveContexts() {
    }

    /** The contexts of an incident when no age-group estimate is known. */
    public static Set<IncidentContext> of(GbvimsType type, @Nullable PartialDate survivorBirth,
                                          @Nullable PartialDate incidentDate, Set<PerpetratorRelation> relations,
                                          @Nullable Boolean moneyOrGoodsExchanged, @Nullable Boolean abducted,
                                          @Nullable Boolean harmfulTraditionalPractice) {
        return of(type, survivorBirth, incidentDate, null, relations, moneyOrGoodsExchanged, abducted,
                harmfulTraditionalPractice);
    }

    /**
     * The contexts of an incident. {@code null} facts count as "no".
     *
     * @param ageGroupHint the survivor's estimated age group, used only when her age at the incident is unknown
     */
    public static Set<IncidentContext> of(GbvimsType type, @Nullable PartialDate survivorBirth,
                                          @Nullable PartialDate incidentDate, @Nullable AgeGroup ageGroupHint,
                                          Set<PerpetratorRelation> relations,
                                          @Nullable Boolean moneyOrGoodsExchanged, @Nullable Boolean abducted,
                                          @Nullable Boolean harmfulTraditionalPractice) {
        Set<IncidentContext> contexts = EnumSet.noneOf(IncidentContext.class);
        boolean sexual = type == GbvimsType.RAPE || type == GbvimsType.SEXUAL_ASSAULT;
        boolean child = isChildForGbvims(survivorBirth, incidentDate, ageGroupHint);
        if (relations.stream().anyMatch(PerpetratorRelation::isIntimatePartner)) {
            contexts.add(IncidentContext.INTIMATE_PARTNER_VIOLENCE);
        }
        if (sexual && child) {
            contexts.add(IncidentContext.CHILD_SEXUAL_ABUSE);
        }
        if (type == GbvimsType.FORCED_MARRIAGE && child) {
            contexts.add(IncidentContext.EARLY_MARRIAGE);
        }
        if (sexual && Boolean.TRUE.equals(moneyOrGoodsExchanged)) {
            contexts.add(IncidentContext.POSSIBLE_SEXUAL_EXPLOITATION);
        }
        if (sexual && Boolean.TRUE.equals(abducted)) {
            contexts.add(IncidentContext.POSSIBLE_SEXUAL_SLAVERY);
        }
        if (Boolean.TRUE.equals(harmfulTraditionalPractice)) {
            contexts.add(IncidentContext.HARMFUL_TRADITIONAL_PRACTICE);
        }
        return Collections.unmodifiableSet(contexts);
    }

    /** The youngest the survivor can have been at the incident, or empty when either date is unknown. */
    public static OptionalInt ageAtIncident(@Nullable PartialDate survivorBirth, @Nullable PartialDate incidentDate) {
        if (survivorBirth == null || incidentDate == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(survivorBirth.youngestAgeOn(incidentDate.earliest()));
    }

    /** Under 16 at the incident (Vietnamese law), with the benefit of the doubt. */
    public static boolean isChildUnderVietnameseLaw(@Nullable PartialDate survivorBirth,
                                                    @Nullable PartialDate incidentDate,
                                                    @Nullable AgeGroup ageGroupHint) {
        OptionalInt age = ageAtIncident(survivorBirth, incidentDate);
        if (age.isPresent()) {
            return age.getAsInt() < VIETNAMESE_CHILD_UNDER;
        }
        return ageGroupHint != null && ageGroupHint.childUnderVietnameseLaw();
    }

    /** Under 18 at the incident (GBVIMS and trafficking), with the benefit of the doubt. */
    public static boolean isChildForGbvims(@Nullable PartialDate survivorBirth, @Nullable PartialDate incidentDate,
                                           @Nullable AgeGroup ageGroupHint) {
        OptionalInt age = ageAtIncident(survivorBirth, incidentDate);
        if (age.isPresent()) {
            return age.getAsInt() < GBVIMS_CHILD_UNDER;
        }
        return ageGroupHint != null && ageGroupHint.under18();
    }
}
