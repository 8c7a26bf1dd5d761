package org.anhduong.hotline.telephony;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The lines' telephony secrets: administrators issue (and rotate) them, incoming events are authenticated with them.
 * A secret is returned once, when issued; the database holds it encrypted (it must be readable to check HMACs, so it
 * cannot be hashed like a password).
 */
@Service
public class LineSecrets {

    static final String LINE = "hotlineLine";
    static final String ISSUE = "hotlineLine.telephonySecret.issue";
    static final String ROTATE = "hotlineLine.telephonySecret.rotate";
    private static final int SECRET_BYTES = 32;

    private final LineSecretStore store;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LineSecrets(LineSecretStore store, FieldCipher cipher, AuditTrail audit, PlatformTransactionManager transactions,
                Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A new secret for the line, replacing any previous one (administrators). */
    public IssuedSecret issue(long lineId) {
        UserPrincipal admin = CurrentUser.get().filter(u -> u.hasRole(Roles.ADMINISTRATOR)).orElse(null);
        if (admin == null) {
            // Audited outside the transaction below, so the refusal stays on record.
            audit.record(AuditEntry.of(ISSUE, LINE, lineId, AuditOutcome.DENIED));
            throw new ForbiddenException();
        }
        return Objects.requireNonNull(tx.execute(status -> store(admin, lineId)));
    }

    private IssuedSecret store(UserPrincipal admin, long lineId) {
        String number = store.lineNumber(lineId).orElseThrow(() -> new NotFoundException(LINE));
        String secret = HexFormat.of().formatHex(bytes());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean rotated = store.save(lineId, Objects.requireNonNull(cipher.encrypt(secret, TelephonyColumns.SECRET)),
                admin.userId(), now);
        audit.record(AuditEntry.success(rotated ? ROTATE : ISSUE, LINE, lineId));
        return new IssuedSecret(lineId, number, secret, rotated, now);
    }

    private byte[] bytes() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * The line whose secret signed the request. {@code line} is the number as the PBX knows it; only its digits count.
     * Hotline numbers are public, so it does not matter that an unknown line answers a little faster.
     *
     * @throws InvalidSignatureException when no active line with those digits has a secret that gives the signature
     */
    SignedLine authenticate(String line, String timestamp, byte[] body, @Nullable String signature) {
        String digits = line.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            throw new InvalidSignatureException();
        }
        return store.withDigits(digits).stream()
                .filter(keyed -> Signatures.matches(Objects.requireNonNull(cipher.decrypt(keyed.secretEnc(),
                        TelephonyColumns.SECRET)), timestamp, body, signature))
                .map(LineSecretStore.Keyed::line)
                .findFirst()
                .orElseThrow(InvalidSignatureException::new);
    }
}
