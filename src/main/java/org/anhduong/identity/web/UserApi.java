package org.anhduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.identity.internal.IdentityAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Users and roles for administrators. Updates are optimistic: they name the version they change (ETag / If-Match). */
@RestController
@Tag(name = "Identity")
class UserApi {

    static final String PATH = "/api/v1/users";

    private final IdentityAdministration administration;
    private final MessageSource messages;

    UserApi(IdentityAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @Operation(summary = "List users, optionally of one organisation or whose name or username contains q")
    List<UserJson> list(@RequestParam(required = false) @Nullable String q,
                        @RequestParam(required = false) @Nullable Long organisationId) {
        return administration.users(q, organisationId).stream().map(UserJson::of).toList();
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One user; the ETag header carries its version")
    ResponseEntity<UserJson> get(@PathVariable long id) {
        return found(id);
    }

    @PostMapping(PATH)
    @Operation(summary = "Create a user with a temporary password",
            description = "Answers 201 with the user and 'temporaryPassword', shown this once; the user must change it "
                    + "at first sign-in.")
    ResponseEntity<UserJson.Created> create(@RequestBody UserJson.Request request) {
        var created = administration.createUser(request.input());
        var user = UserJson.of(administration.user(created.id()));
        return ETags.created(PATH + "/" + created.id(), new UserJson.Created(user, created.temporaryPassword()),
                user.version());
    }

    @PutMapping(PATH + "/{id}")
    @Operation(summary = "Replace a user's fields (not the username)",
            description = "Send the version you read as If-Match: \"<version>\" or as the field 'version'. "
                    + "Answers 409 with code stale-version when someone else saved first. "
                    + "Deactivating a user revokes their tokens and ends their sessions.")
    ResponseEntity<UserJson> update(@PathVariable long id,
                                    @Parameter(description = "\"<version>\" from the ETag")
                                    @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
                                    @RequestBody UserJson.Request request) {
        administration.updateUser(id, ETags.expected(ifMatch, request.version()), request.input());
        return found(id);
    }

    @GetMapping("/api/v1/roles")
    @Operation(summary = "The roles a user can be given, with their names in the caller's language")
    List<UserJson.Role> roles() {
        return administration.roles().stream()
                .map(code -> new UserJson.Role(code, messages.getMessage("role." + code, null, code,
                        LocaleContextHolder.getLocale())))
                .toList();
    }

    private ResponseEntity<UserJson> found(long id) {
        var user = UserJson.of(administration.user(id));
        return ETags.ok(user, user.version());
    }
}
