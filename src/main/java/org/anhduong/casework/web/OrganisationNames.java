package org.anhduong.casework.web;

import org.anhduong.identity.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An organisation's name for a screen: from the directory when it is there, else the name as recorded. */
@Component
class OrganisationNames {

    private final UserDirectory directory;

    OrganisationNames(UserDirectory directory) {
        this.directory = directory;
    }

    @Nullable String name(@Nullable Long id, @Nullable String recorded) {
        if (id == null) {
            return recorded;
        }
        return directory.findOrganisation(id).map(o -> o.name()).orElse("#" + id);
    }
}
