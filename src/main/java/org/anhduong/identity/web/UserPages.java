package org.anhduong.identity.web;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.IdentityAdministration;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the user pages' view models, so the controllers only route. */
@Component
class UserPages {

    private static final List<String> ROLE_ORDER = List.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.HOTLINE_COUNSELLOR,
            Roles.CASE_WORKER, Roles.SHELTER_STAFF, Roles.PARTNER, Roles.PROGRAMME_OFFICER, Roles.VIEWER);

    private final IdentityAdministration administration;
    private final LocalityNames localityNames;
    private final MessageSource messages;
    private final Clock clock;

    UserPages(IdentityAdministration administration, LocalityNames localityNames, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.localityNames = localityNames;
        this.messages = messages;
        this.clock = clock;
    }

    UsersPage list(@Nullable String query, @Nullable Long organisationId) {
        List<Organisation> organisations = administration.organisations(null);
        Map<Long, String> names = organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Instant now = clock.instant();
        var rows = administration.users(query, organisationId).stream()
                .map(u -> new UsersPage.Row(u.id(), u.username(), u.fullName(), names.getOrDefault(u.organisationId(), ""),
                        u.roles().stream().sorted().toList(), UserStatus.of(u, now)))
                .toList();
        return new UsersPage(query, organisationId, options(organisations), rows);
    }

    UserFormPage creating(UserForm form, FieldErrors errors) {
        return new UserFormPage(null, form, options(administration.organisations(null)), roles(),
                localityNames.named(form.localities()), errors, false, null, false, null);
    }

    /** The edit page; {@code form} is either the stored user or what was just posted. */
    UserFormPage editing(long id, @Nullable UserForm posted, FieldErrors errors, boolean stale, @Nullable String notice) {
        UserAccount user = administration.user(id);
        UserForm form = posted == null ? UserForm.of(user) : posted.withUsername(user.username());
        boolean self = CurrentUser.get().map(me -> me.userId() == id).orElse(false);
        return new UserFormPage(id, form, options(administration.organisations(null)), roles(),
                localityNames.named(form.localities()), errors, stale, UserStatus.of(user, clock.instant()), self, notice);
    }

    FieldErrors errors(InvalidInputException e) {
        return FieldErrors.of(e, messages);
    }

    /** Seeded roles from the widest responsibility to the narrowest; roles added later follow, by code. */
    private List<Option> roles() {
        return administration.roles().stream()
                .sorted(Comparator.comparingInt((String code) -> rank(code)).thenComparing(Comparator.naturalOrder()))
                .map(code -> new Option(code, text("role." + code)))
                .toList();
    }

    private static int rank(String code) {
        int index = ROLE_ORDER.indexOf(code);
        return index < 0 ? ROLE_ORDER.size() : index;
    }

    /** Inactive organisations stay choosable (a user may still belong to one) but say so. */
    private List<Option> options(List<Organisation> organisations) {
        String inactive = " (" + text("identity.inactive") + ")";
        return organisations.stream()
                .map(o -> new Option(Long.toString(o.id()), o.active() ? o.name() : o.name() + inactive))
                .toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
