package org.anhduong.casework.internal.incident;

import org.anhduong.casework.CaseType;
import org.anhduong.casework.Incident;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.internal.rules.DeriveContexts;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/** What an incident's facts imply, computed on every read from the incident, its client and its case. */
final class IncidentFacts {

    private IncidentFacts() {
    }

    /** What the survivor and her case tell about any of her incidents. */
    record Survivor(@Nullable PartialDate birth, @Nullable AgeGroup ageGroup, CaseType caseType,
                    LocalDate caseOpened) {
    }

    static Incident.Derived derive(ValidIncident incident, Survivor survivor, LocalDate recorded) {
        Set<PerpetratorRelation> relations = EnumSet.noneOf(PerpetratorRelation.class);
        incident.perpetrators().stream().map(PerpetratorDetails::relation).filter(Objects::nonNull)
                .forEach(relations::add);
        PartialDate date = incident.date();
        var contexts = DeriveContexts.of(incident.classification().type(), survivor.birth(), date,
                survivor.ageGroup(), relations, incident.moneyOrGoodsExchanged(), incident.abduction().abducted(),
                incident.harmfulTraditionalPractice());
        OptionalInt age = DeriveContexts.ageAtIncident(survivor.birth(), date);
        return new Incident.Derived(contexts, age.isPresent() ? age.getAsInt() : null,
                DeriveContexts.isChildUnderVietnameseLaw(survivor.birth(), date, survivor.ageGroup()),
                DeriveContexts.isChildForGbvims(survivor.birth(), date, survivor.ageGroup()),
                ReportingDelays.of(date, survivor.caseOpened(), recorded),
                actsOffered(survivor.caseType(), incident.perpetrators()));
    }

    /** The acts of Law 13/2022 concern violence within the family: put them forward when that is what this is. */
    static boolean actsOffered(CaseType caseType, List<PerpetratorDetails> perpetrators) {
        return caseType == CaseType.DOMESTIC_VIOLENCE || perpetrators.stream()
                .anyMatch(p -> p.relation() != null && p.relation().isFamilyMember());
    }
}
