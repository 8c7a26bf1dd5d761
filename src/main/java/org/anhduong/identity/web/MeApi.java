package org.anhduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.identity.UserDirectory;
import org.anhduong.identity.internal.AccountService;
import org.anhduong.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who am I: the caller's user, organisation and roles. */
@RestController
@Tag(name = "Identity", description = "Users, organisations, roles and API tokens")
class MeApi {

    private final AccountService accounts;
    private final UserDirectory directory;

    MeApi(AccountService accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller's user, organisation and roles")
    Me me() {
        var user = accounts.me(CurrentUser.require());
        var organisation = directory.findOrganisation(user.organisationId())
                .map(o -> new Me.OrganisationRef(o.id(), o.name(), o.kind().name())).orElse(null);
        return new Me(user.id(), user.username(), user.fullName(), organisation, user.roles().stream().sorted().toList(),
                user.localities().stream().sorted().toList());
    }

    /** The caller as the API shows it. */
    record Me(long id, String username, String fullName, @Nullable OrganisationRef organisation, List<String> roles,
              List<String> localities) {

        record OrganisationRef(long id, String name, String kind) {
        }
    }
}
