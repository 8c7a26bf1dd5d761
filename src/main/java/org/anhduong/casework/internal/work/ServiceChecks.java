package org.anhduong.casework.internal.work;

import org.anhduong.casework.ServiceDetails;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A service as recorded: a type, a date not in the future, one provider at most (an active organisation or a name). */
@Component
class ServiceChecks {

    private final UserDirectory directory;

    ServiceChecks(UserDirectory directory) {
        this.directory = directory;
    }

    StoredServices.Row valid(ServiceDetails details, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.type() == null) {
            problems.add(new FieldProblem("type", "validation.required"));
        }
        if (details.givenOn() == null) {
            problems.add(new FieldProblem("givenOn", "validation.required"));
        } else if (details.givenOn().isAfter(today)) {
            problems.add(new FieldProblem("givenOn", "casework.service.givenOn.future"));
        }
        String name = Prose.clean(details.providerName());
        problems.addAll(Prose.check("providerName", name, false, ServiceDetails.MAX_PROVIDER));
        Long org = details.providerOrganisationId();
        if (org != null && name != null) {
            problems.add(new FieldProblem("providerName", "casework.service.provider.both"));
        } else if (org != null && directory.findOrganisation(org).filter(Organisation::active).isEmpty()) {
            problems.add(new FieldProblem("providerOrganisationId", "casework.service.provider.unknown"));
        }
        String outcome = Prose.clean(details.outcome());
        problems.addAll(Prose.check("outcome", outcome, false, Prose.MAX));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StoredServices.Row(details.type(), details.givenOn(), org, name, outcome);
    }
}
