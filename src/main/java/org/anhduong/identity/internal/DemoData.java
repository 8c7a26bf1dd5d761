package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.identity.internal.DemoCatalogue.DemoOrganisation;
import org.anhduong.identity.internal.DemoCatalogue.DemoUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With {@code --demo} ({@code anhduong.demo=true}), loads the demo province of {@link DemoCatalogue} once: its
 * organisations and one user per role. Written through the repositories, not the administration service, because the
 * provincial hotline number is one the service's phone rule (people's numbers) refuses. The demo passwords are
 * printed once to the console, never to the log, and need no change at first sign-in: demonstrations go faster.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SYSTEM = "system";

    private final Organisations organisations;
    private final Users users;
    private final Localities localities;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean enabled;
    private final String command;

    DemoData(Organisations organisations, Users users, Localities localities, PasswordEncoder encoder, AuditTrail audit,
             Clock clock, @Value("${anhduong.demo:false}") boolean enabled,
             @Value("${anhduong.command:}") String command) {
        this.organisations = organisations;
        this.users = users;
        this.localities = localities;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.enabled = enabled;
        this.command = command;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || !command.isEmpty() || organisations.existsNamed(DemoCatalogue.MARKER)) {
            return;
        }
        Map<String, String> communes = localities.children(DemoCatalogue.PROVINCE).stream()
                .collect(Collectors.toMap(Locality::name, Locality::code, (a, b) -> a));
        Instant now = clock.instant();
        Map<String, Long> ids = new HashMap<>();
        DemoCatalogue.ORGANISATIONS.forEach(o -> ids.put(o.key(), createOrganisation(o, ids, communes, now)));
        List<Account> accounts = DemoCatalogue.USERS.stream()
                .filter(u -> !users.usernameTaken(u.username()))
                .map(u -> new Account(u.username(), u.role(), createUser(u, ids, communes, now)))
                .toList();
        log.info("Loaded the demo data: {} organisations, {} users", ids.size(), accounts.size());
        print(System.out, accounts);
    }

    private long createOrganisation(DemoOrganisation o, Map<String, Long> ids, Map<String, String> communes, Instant now) {
        Long parent = o.parent() == null ? null : ids.get(o.parent());
        var data = new OrganisationData(o.name(), o.kind(), parent, o.phone(), null, null, coverage(o.commune(), communes),
                true);
        long id = organisations.insert(data, now);
        audit.record(AuditEntry.success("organisation.create", "organisation", id).by(null, SYSTEM));
        return id;
    }

    /** Creates the user and returns the password to print. */
    private String createUser(DemoUser u, Map<String, Long> ids, Map<String, String> communes, Instant now) {
        String password = TemporaryPasswords.generate();
        Set<String> area = u.commune() == null ? Set.of() : coverage(u.commune(), communes);
        var data = new UserData(u.username(), u.fullName(), null, null, ids.get(u.organisation()), Set.of(u.role()), area,
                true);
        long id = users.insert(data, encoder.encode(password), false, now);
        audit.record(AuditEntry.success("user.create", "user", id).by(null, SYSTEM));
        return password;
    }

    /** The whole province (every commune) when no commune is named; a commune missing from the data covers nothing. */
    private static Set<String> coverage(@Nullable String commune, Map<String, String> communes) {
        if (commune == null) {
            return Set.copyOf(communes.values());
        }
        String code = communes.get(commune);
        return code == null ? Set.of() : Set.of(code);
    }

    private static void print(PrintStream out, List<Account> accounts) {
        out.println();
        out.println("==================================================================");
        out.println(" Ánh Dương: tài khoản trình diễn / demo accounts (Quảng Ninh)");
        out.printf(" %-18s %-20s %s%n", "username", "role", "password");
        accounts.forEach(a -> out.printf(" %-18s %-20s %s%n", a.username(), a.role(), a.password()));
        out.println(" Mật khẩu chỉ hiển thị một lần. Chỉ dùng để trình diễn, không nhập dữ liệu thật.");
        out.println(" Shown once only. For demonstrations only: never enter real data.");
        out.println("==================================================================");
        out.println();
    }

    /** What is printed of a demo user. */
    private record Account(String username, String role, String password) {
    }
}
