package org.anhduong.programme.internal;

import org.anhduong.geography.Localities;
import org.anhduong.identity.UserDirectory;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ModelDetails;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What a model must be: named, of a known kind, in known communes, with a status from a day. */
final class ModelRules {

    private ModelRules() {
    }

    /** @throws org.anhduong.platform.web.InvalidInputException naming every problem */
    static ModelDetails checked(ModelDetails d, Codes codes, Localities localities, UserDirectory directory) {
        var checks = new Checks();
        String name = checks.required("name", checks.text("name", d.name(), Checks.MAX_NAME));
        String kind = checks.required("kind", d.kind());
        if (kind != null && !codes.exists(CodeList.MODEL_KIND, kind)) {
            checks.add("kind", "programme.code.unknown");
        }
        if (d.leadOrganisationId() != null && directory.findOrganisation(d.leadOrganisationId()).isEmpty()) {
            checks.add("leadOrganisationId", "programme.organisation.unknown");
        }
        var communes = new LinkedHashSet<String>();
        for (String code : d.communes() == null ? List.<String>of() : d.communes()) {
            String valid = checks.commune("communes", code, localities);
            if (valid != null) {
                communes.add(valid);
            }
        }
        if (communes.isEmpty()) {
            checks.add("communes", "programme.model.communesRequired");
        }
        checks.required("status", d.status());
        checks.required("statusFrom", d.statusFrom());
        var details = new ModelDetails(name, kind, Boolean.TRUE.equals(d.pilot()),
                checks.text("programmePeriod", d.programmePeriod(), 40), d.leadOrganisationId(),
                checks.text("partners", d.partners(), 500), checks.text("funders", d.funders(), 500),
                checks.text("objectives", d.objectives(), Checks.MAX_TEXT),
                checks.text("description", d.description(), Checks.MAX_TEXT), new ArrayList<>(communes), d.status(),
                d.statusFrom());
        checks.throwIfAny();
        return details;
    }
}
