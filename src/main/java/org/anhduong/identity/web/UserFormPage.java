package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * View model of the new/edit user page.
 *
 * @param id      null while creating
 * @param status  the account's sign-in status (edit only), which decides the lock/unlock action offered
 * @param self    the signed-in administrator is editing their own account (they may not lock themselves out)
 * @param notice  message key of what the previous request did ("saved", "locked"…), or null
 */
public record UserFormPage(@Nullable Long id, UserForm form, List<Option> organisations, List<Option> roles,
                           List<Option> localities, FieldErrors errors, boolean stale, @Nullable UserStatus status,
                           boolean self, @Nullable String notice) {

    public boolean creating() {
        return id == null;
    }

    public String action() {
        return id == null ? UserAdminController.PATH : UserAdminController.PATH + "/" + id;
    }
}
