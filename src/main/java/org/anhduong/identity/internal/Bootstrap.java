package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.OrganisationKind;
import org.anhduong.platform.security.Roles;
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
import java.util.Set;

/**
 * On an empty database, creates the owning organisation and the administrator {@code admin}. The password is
 * {@code ANHDUONG_ADMIN_PASSWORD} when set; otherwise a random one is printed once to the console (never to the log)
 * and must be changed at first sign-in.
 */
@Component
@Order(10)
class Bootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final String adminPassword;
    private final String command;

    Bootstrap(Users users, Organisations organisations, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit,
              IdentityProperties properties, Clock clock, @Value("${anhduong.admin-password:}") String adminPassword,
              @Value("${anhduong.command:}") String command) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.adminPassword = adminPassword;
        this.command = command;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!command.isEmpty() || users.count() > 0) {
            return;
        }
        boolean given = !adminPassword.isBlank();
        if (given) {
            policy.check(adminPassword, ADMIN).ifPresent(rule -> {
                throw new IllegalStateException("ANHDUONG_ADMIN_PASSWORD breaks the password policy (" + rule
                        + "): use at least 12 characters, not containing 'admin', not a common password");
            });
        }
        String password = given ? adminPassword : TemporaryPasswords.generate();
        var now = clock.instant();
        long organisation = organisations.insert(new OrganisationData(properties.ownerOrganisation(),
                OrganisationKind.SOCIAL_WORK_CENTRE, null, null, null, null, Set.of(), true), now);
        long id = users.insert(new UserData(ADMIN, "Quản trị hệ thống", null, null, organisation,
                Set.of(Roles.ADMINISTRATOR), Set.of(), true), encoder.encode(password), !given, now);
        audit.record(AuditEntry.success("organisation.create", "organisation", organisation).by(null, "system"));
        audit.record(AuditEntry.success("user.create", "user", id).by(null, "system"));
        log.info("Created the administrator account '{}' (user {})", ADMIN, id);
        if (!given) {
            printOnce(System.out, password);
        }
    }

    private static void printOnce(PrintStream out, String password) {
        out.println();
        out.println("==================================================================");
        out.println(" Ánh Dương: tài khoản quản trị / administrator account");
        out.println("   username: " + ADMIN);
        out.println("   password: " + password);
        out.println(" Mật khẩu chỉ hiển thị một lần; hãy đổi ngay khi đăng nhập lần đầu.");
        out.println(" Shown once only; you must change it at first sign-in.");
        out.println("==================================================================");
        out.println();
    }
}
