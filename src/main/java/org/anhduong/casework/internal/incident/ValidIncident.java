package org.anhduong.casework.internal.incident;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.Classification;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** An incident that passed every check, normalised for storage (unknowns filled in, texts in NFC, no duplicates). */
record ValidIncident(@Nullable PartialDate date, TimeOfDay timeOfDay, @Nullable String communeCode,
                     @Nullable PlaceType placeType, @Nullable String description, Classification classification,
                     List<DomesticViolenceAct> acts, List<PerpetratorDetails> perpetrators,
                     @Nullable Boolean moneyOrGoodsExchanged, AbductionStatus abduction,
                     boolean harmfulTraditionalPractice, List<ReportedTo> reportedElsewhere) {

    @Override
    public String toString() {
        return "ValidIncident[type=" + classification.type() + "]";
    }
}
