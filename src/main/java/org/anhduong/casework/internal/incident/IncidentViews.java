package org.anhduong.casework.internal.incident;

import org.anhduong.casework.Incident;
import org.anhduong.casework.Perpetrator;

import java.util.ArrayList;
import java.util.List;

/** A stored incident as the module hands it out. */
final class IncidentViews {

    private IncidentViews() {
    }

    static Incident of(StoredIncident row, Incident.Derived derived) {
        ValidIncident i = row.incident();
        List<Perpetrator> perpetrators = new ArrayList<>();
        for (int n = 0; n < i.perpetrators().size(); n++) {
            perpetrators.add(new Perpetrator(row.perpetratorIds().get(n), i.perpetrators().get(n)));
        }
        return new Incident(row.id(), row.caseId(), row.version(), i.date() == null ? null : i.date().iso(),
                i.timeOfDay(), i.communeCode(), i.placeType(), i.description(), i.classification(), i.acts(),
                perpetrators, i.moneyOrGoodsExchanged(), i.abduction(), i.harmfulTraditionalPractice(),
                i.reportedElsewhere(), derived, row.createdAt(), row.updatedAt());
    }
}
