package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.UserAccount;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What users do with their own account. */
@Service
public class AccountService {

    private final Users users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(Users users, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the password after checking the current one; returns the account as it is now. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public UserAccount changePassword(UserPrincipal me, @Nullable String current, @Nullable String next,
                                      @Nullable String confirmation) {
        String hash = users.passwordHash(me.userId()).orElseThrow(() -> new NotFoundException("user"));
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, hash)) {
            problems.add(new FieldProblem("currentPassword", "password.currentWrong"));
        }
        String candidate = next == null ? "" : next;
        policy.check(candidate, me.username()).ifPresent(key -> problems.add(new FieldProblem("newPassword", key)));
        if (problems.isEmpty() && encoder.matches(candidate, hash)) {
            problems.add(new FieldProblem("newPassword", "password.sameAsOld"));
        }
        if (!candidate.equals(confirmation)) {
            problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
        }
        if (!problems.isEmpty()) {
            audit.record(AuditEntry.of("user.changePassword", "user", me.userId(), AuditOutcome.DENIED));
            throw new InvalidInputException(problems);
        }
        users.setPassword(me.userId(), encoder.encode(candidate), false, clock.instant());
        audit.record(AuditEntry.success("user.changePassword", "user", me.userId()));
        return users.find(me.userId()).orElseThrow(() -> new NotFoundException("user"));
    }

    @Transactional(readOnly = true)
    public UserAccount me(UserPrincipal me) {
        return users.find(me.userId()).orElseThrow(() -> new NotFoundException("user"));
    }
}
