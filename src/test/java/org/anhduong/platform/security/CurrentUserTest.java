package org.anhduong.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CurrentUserTest {

    private static final UserPrincipal REQUESTER = new Someone(7, "requester");
    private static final UserPrincipal LISTENER = new Someone(1, "listener");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void workRunsAsTheUserAndTheThreadGetsItsOwnUserBack() {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(LISTENER, null, List.of()));

        long actingAs = CurrentUser.runAs(REQUESTER, () -> CurrentUser.require().userId());

        assertThat(actingAs).isEqualTo(7);
        assertThat(CurrentUser.require()).isSameAs(LISTENER);
    }

    @Test
    void aThreadWithNobodySignedInIsLeftSoEvenWhenTheWorkFails() {
        assertThatIllegalStateException().isThrownBy(() -> CurrentUser.runAs(REQUESTER, () -> {
            throw new IllegalStateException("refused");
        }));

        assertThat(CurrentUser.get()).isEmpty();
    }

    private record Someone(long userId, String username) implements UserPrincipal {

        @Override
        public String fullName() {
            return username;
        }

        @Override
        public long organisationId() {
            return 1;
        }

        @Override
        public Set<String> roles() {
            return Set.of();
        }

        @Override
        public Set<String> localities() {
            return Set.of();
        }
    }
}
