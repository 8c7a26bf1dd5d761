package org.anhduong.identity.web;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.OrganisationKind;
import org.anhduong.identity.internal.IdentityAdministration;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds the organisation pages' view models, so the controller only routes. */
@Component
class OrganisationPages {

    private final IdentityAdministration administration;
    private final LocalityNames localityNames;
    private final MessageSource messages;

    OrganisationPages(IdentityAdministration administration, LocalityNames localityNames, MessageSource messages) {
        this.administration = administration;
        this.localityNames = localityNames;
        this.messages = messages;
    }

    OrganisationsPage list(@Nullable String query) {
        List<Organisation> found = administration.organisations(query);
        Map<Long, String> names = names(query == null || query.isBlank() ? found : administration.organisations(null));
        return new OrganisationsPage(query, found.stream()
                .map(o -> new OrganisationsPage.Row(o.id(), o.name(), o.kind().name(),
                        o.parentId() == null ? "" : names.getOrDefault(o.parentId(), ""), o.active()))
                .toList());
    }

    OrganisationFormPage form(@Nullable Long id, OrganisationForm form, FieldErrors errors, boolean stale, boolean saved) {
        return new OrganisationFormPage(id, form, kinds(), parents(id), localityNames.named(form.localities()), errors,
                stale, saved);
    }

    FieldErrors errors(InvalidInputException e) {
        return FieldErrors.of(e, messages);
    }

    private List<Option> kinds() {
        return Arrays.stream(OrganisationKind.values())
                .map(k -> new Option(k.name(), messages.getMessage("orgkind." + k.name(), null, k.name(),
                        LocaleContextHolder.getLocale())))
                .toList();
    }

    /** Every organisation but the one being edited (it cannot be its own parent; deeper loops the service refuses). */
    private List<Option> parents(@Nullable Long id) {
        return administration.organisations(null).stream()
                .filter(o -> !Objects.equals(o.id(), id))
                .map(o -> new Option(Long.toString(o.id()), o.name()))
                .toList();
    }

    private static Map<Long, String> names(List<Organisation> organisations) {
        return organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
