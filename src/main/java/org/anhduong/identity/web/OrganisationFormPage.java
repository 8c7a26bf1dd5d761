package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * View model of the new/edit organisation page.
 *
 * @param id          null while creating
 * @param localities  the codes of the form with their names, so the administrator can check them
 * @param stale       someone else saved the organisation since this form was opened
 * @param saved       the previous request saved it (shown as a status message)
 */
public record OrganisationFormPage(@Nullable Long id, OrganisationForm form, List<Option> kinds, List<Option> parents,
                                   List<Option> localities, FieldErrors errors, boolean stale, boolean saved) {

    public boolean creating() {
        return id == null;
    }

    public String action() {
        return id == null ? OrganisationAdminController.PATH : OrganisationAdminController.PATH + "/" + id;
    }
}
