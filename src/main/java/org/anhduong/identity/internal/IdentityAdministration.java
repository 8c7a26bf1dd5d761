package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.Localities;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.OrganisationKind;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What administrators do with organisations and users. Every operation checks the role and is audited. */
@Service
public class IdentityAdministration {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

    private final Organisations organisations;
    private final Users users;
    private final ApiTokens tokens;
    private final Localities localities;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final SessionTerminator sessions;
    private final Clock clock;

    IdentityAdministration(Organisations organisations, Users users, ApiTokens tokens, Localities localities,
                           PasswordEncoder encoder, AuditTrail audit, SessionTerminator sessions, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.localities = localities;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations(@Nullable String query) {
        Guard.administrator();
        return organisations.list(query, false);
    }

    @Transactional(readOnly = true)
    public Organisation organisation(long id) {
        Guard.administrator();
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    @Transactional
    public long createOrganisation(OrganisationInput input) {
        Guard.administrator();
        long id = organisations.insert(validate(input, null), clock.instant());
        audit.record(AuditEntry.success("organisation.create", "organisation", id));
        return id;
    }

    @Transactional
    public void updateOrganisation(long id, int version, OrganisationInput input) {
        Guard.administrator();
        organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
        if (!organisations.update(id, version, validate(input, id), clock.instant())) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success("organisation.update", "organisation", id));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(@Nullable String query, @Nullable Long organisationId) {
        Guard.administrator();
        return users.list(query, organisationId);
    }

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        Guard.administrator();
        return users.find(id).orElseThrow(() -> new NotFoundException("user"));
    }

    @Transactional(readOnly = true)
    public List<String> roles() {
        Guard.administrator();
        return users.roleCodes();
    }

    /** Creates the user with a temporary password, returned once, which must be changed at first sign-in. */
    @Transactional
    public CreatedUser createUser(UserInput input) {
        Guard.administrator();
        UserData data = validate(input, null);
        String password = TemporaryPasswords.generate();
        long id = users.insert(data, encoder.encode(password), true, clock.instant());
        audit.record(AuditEntry.success("user.create", "user", id));
        return new CreatedUser(id, password);
    }

    @Transactional
    public void updateUser(long id, int version, UserInput input) {
        Guard.administrator();
        UserAccount current = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        UserData data = validate(input, current);
        if (!users.update(id, version, data, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        if (current.active() && !data.active()) {
            tokens.revokeAllOf(id, clock.instant());
            sessions.endSessionsOf(current.username());
        }
        audit.record(AuditEntry.success("user.update", "user", id));
    }

    @Transactional
    public void setLocked(long id, boolean locked) {
        var admin = Guard.administrator();
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        if (locked && user.id() == admin.userId()) {
            throw new ConflictException("cannot-lock-self", "identity.user.cannotLockSelf");
        }
        users.setLocked(id, locked, clock.instant());
        if (locked) {
            sessions.endSessionsOf(user.username());
        }
        audit.record(AuditEntry.success(locked ? "user.lock" : "user.unlock", "user", id));
    }

    /** A new temporary password, returned once; the user must change it at next sign-in. */
    @Transactional
    public String resetPassword(long id) {
        Guard.administrator();
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        String password = TemporaryPasswords.generate();
        users.setPassword(id, encoder.encode(password), true, clock.instant());
        sessions.endSessionsOf(user.username());
        audit.record(AuditEntry.success("user.resetPassword", "user", id));
        return password;
    }

    private OrganisationData validate(OrganisationInput input, @Nullable Long id) {
        var check = new InputCheck();
        String name = check.required("name", input.name(), 300);
        OrganisationKind kind = kind(check, input.kind());
        Long parent = input.parentId();
        if (parent != null && (!organisations.exists(parent) || (id != null && organisations.wouldCycle(id, parent)))) {
            check.problem("parentId", "identity.organisation.badParent");
        }
        var data = new OrganisationData(name, kind == null ? OrganisationKind.OTHER : kind, parent,
                check.contactNumber("phone", input.phone()), check.email("email", input.email()),
                check.optional("address", input.address(), 500),
                check.localities("localities", input.localities(), localities), input.active());
        check.throwIfAny();
        return data;
    }

    private static @Nullable OrganisationKind kind(InputCheck check, @Nullable String value) {
        if (value == null || value.isBlank()) {
            check.problem("kind", "validation.required");
            return null;
        }
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(value)).findFirst().orElseGet(() -> {
            check.problem("kind", "validation.format");
            return null;
        });
    }

    private UserData validate(UserInput input, @Nullable UserAccount current) {
        var check = new InputCheck();
        String username = current != null ? current.username() : username(check, input.username());
        String fullName = check.required("fullName", input.fullName(), 200);
        Long organisation = input.organisationId();
        if (organisation == null || !organisations.exists(organisation)) {
            check.problem("organisationId", organisation == null ? "validation.required" : "identity.user.badOrganisation");
        }
        Set<String> roles = roles(check, input.roles());
        var data = new UserData(username, fullName, check.email("email", input.email()), check.phone("phone", input.phone()),
                organisation == null ? 0 : organisation, roles, check.localities("localities", input.localities(), localities),
                input.active());
        check.throwIfAny();
        return data;
    }

    private String username(InputCheck check, @Nullable String value) {
        String username = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            check.problem("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            check.problem("username", "identity.user.badUsername");
        } else if (users.usernameTaken(username)) {
            check.problem("username", "identity.user.usernameTaken");
        }
        return username;
    }

    private Set<String> roles(InputCheck check, @Nullable List<String> requested) {
        Set<String> known = new HashSet<>(users.roleCodes());
        Set<String> roles = new HashSet<>(requested == null ? List.of() : requested);
        if (roles.isEmpty()) {
            check.problem("roles", "identity.user.noRole");
        } else if (!known.containsAll(roles)) {
            check.problem("roles", "validation.format");
        }
        return roles;
    }

    /** A new user's id and the temporary password to hand over. */
    public record CreatedUser(long id, String temporaryPassword) {
    }
}
