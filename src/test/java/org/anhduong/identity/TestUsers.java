package org.anhduong.identity;

import org.anhduong.identity.internal.OrganisationData;
import org.anhduong.identity.internal.Organisations;
import org.anhduong.identity.internal.UserData;
import org.anhduong.identity.internal.Users;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Creates users straight in the repositories, for tests that are about signing in rather than administration. */
@Component
public class TestUsers {

    public static final String PASSWORD = "a long enough test passphrase";

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder encoder;

    TestUsers(Users users, Organisations organisations, PasswordEncoder encoder) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
    }

    /** A new user with a unique username and {@link #PASSWORD}, in a new organisation. */
    public UserAccount aUserWithRoles(String... roles) {
        long organisation = organisations.insert(new OrganisationData("Tổ chức thử " + UUID.randomUUID(),
                OrganisationKind.NGO, null, null, null, null, Set.of(), true), Instant.now());
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.insert(new UserData(username, "Nguyễn Thị Thử", "thu@example.org", "+84912345678", organisation,
                Set.of(roles), Set.of(), true), encoder.encode(PASSWORD), false, Instant.now());
        return users.find(id).orElseThrow();
    }
}
