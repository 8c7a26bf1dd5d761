package org.anhduong.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Loads a user for the password check. The username is never put into the exception (it may be a typed password). */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    AccountDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.passwordHash(user.id()).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new AccountDetails(user, hash, clock.instant());
    }
}
