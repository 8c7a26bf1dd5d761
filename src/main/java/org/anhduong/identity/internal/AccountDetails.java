package org.anhduong.identity.internal;

import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as Spring Security and the other modules see it. Serializable because sessions live in the
 * database; it holds no personal data beyond the display name, and the password hash is erased after sign-in.
 */
public final class AccountDetails implements UserDetails, UserPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String fullName;
    private final long organisationId;
    private final Set<String> roles;
    private final Set<String> localities;
    private final boolean enabled;
    private final boolean nonLocked;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    AccountDetails(UserAccount user, @Nullable String passwordHash, Instant now) {
        this.userId = user.id();
        this.username = user.username();
        this.fullName = user.fullName();
        this.organisationId = user.organisationId();
        this.roles = Set.copyOf(user.roles());
        this.localities = Set.copyOf(user.localities());
        this.enabled = user.active();
        this.nonLocked = !user.lockedAt(now);
        this.mustChangePassword = user.mustChangePassword();
        this.passwordHash = passwordHash;
    }

    public static AccountDetails of(UserAccount user, Instant now) {
        return new AccountDetails(user, null, now);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    @Override
    public long organisationId() {
        return organisationId;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Set<String> localities() {
        return localities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        return mustChangePassword ? List.of() : authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountDetails that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountDetails[userId=" + userId + "]";
    }
}
