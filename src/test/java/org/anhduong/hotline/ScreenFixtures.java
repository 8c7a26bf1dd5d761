package org.anhduong.hotline;

import org.anhduong.identity.TestUsers;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.platform.security.Roles;
import org.anhduong.test.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * What the hotline screen tests need: a counsellor with a line of their organisation, colleagues, contacts recorded
 * through the facade (as the counsellor, on the test's thread), and MockMvc principals.
 */
@Component
class ScreenFixtures {

    private final TestUsers users;
    private final Hotline hotline;

    ScreenFixtures(TestUsers users, Hotline hotline) {
        this.users = users;
        this.hotline = hotline;
    }

    /** A counsellor in a new organisation that has one line. */
    Desk aDesk() {
        UserAccount counsellor = users.aUserWithRoles(Roles.HOTLINE_COUNSELLOR);
        UserAccount admin = users.aUserInOrganisation(counsellor.organisationId(), Roles.ADMINISTRATOR);
        String number = "1800 " + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 9000));
        HotlineLine line = as(admin, () -> hotline.addLine(new LineInput(number, "Đường dây thử",
                counsellor.organisationId(), true)));
        return new Desk(counsellor, line);
    }

    UserAccount colleague(Desk desk, String... roles) {
        return users.aUserInOrganisation(desk.organisationId(), roles);
    }

    UserAccount outsider(String... roles) {
        return users.aUserWithRoles(roles);
    }

    Contact record(UserAccount counsellor, ContactDraft draft) {
        return as(counsellor, () -> hotline.record(draft));
    }

    <T> T as(UserAccount user, Supplier<T> work) {
        SignedIn.as(user);
        try {
            return work.get();
        } finally {
            SignedIn.signOut();
        }
    }

    static RequestPostProcessor signedIn(UserAccount user) {
        var details = AccountDetails.of(user, Instant.now());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A counsellor at work and their organisation's line. */
    record Desk(UserAccount counsellor, HotlineLine line) {

        long organisationId() {
            return counsellor.organisationId();
        }

        String lineId() {
            return String.valueOf(line.id());
        }
    }
}
