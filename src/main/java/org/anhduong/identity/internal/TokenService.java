package org.anhduong.identity.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.ApiToken;
import org.anhduong.identity.IssuedToken;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Issues, checks, lists and revokes API tokens. Only the SHA-256 of a secret is kept: a stolen table opens nothing. */
@Service
public class TokenService {

    static final String PREFIX = "adt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final ApiTokens tokens;
    private final TokenHolders holders;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;

    TokenService(ApiTokens tokens, TokenHolders holders, AuditTrail audit, IdentityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.holders = holders;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token for the signed-in user (who has just proved their password). */
    @Transactional
    public IssuedToken issue(UserPrincipal owner, @Nullable String name) {
        String label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > 100) {
            throw new InvalidInputException("name", "validation.tooLong", 100);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenValidity());
        long id = tokens.insert(owner.userId(), hash(secret), label, now, expires);
        audit.record(AuditEntry.success("token.create", "apiToken", id).by(owner.userId(), owner.username()));
        return new IssuedToken(secret, new ApiToken(id, owner.userId(), label, now, expires, null, null));
    }

    /**
     * The account behind a bearer token, when the token is known, unexpired, unrevoked and its user may sign in. Runs
     * on every API request: one statement reads the token with its user, and no transaction is needed around it (the
     * occasional "last used" update commits on its own).
     */
    public Optional<AccountDetails> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return holders.findByHash(hash(secret))
                .filter(h -> h.token().usableAt(now))
                .map(h -> {
                    // The row was just read: a use noted less than TOUCH_EVERY ago needs no UPDATE on each request.
                    Instant notSince = now.minus(TOUCH_EVERY);
                    ApiToken t = h.token();
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(notSince)) {
                        tokens.touch(t.id(), now, notSince);
                    }
                    return h.user();
                })
                .filter(u -> u.active() && !u.lockedAt(now))
                .map(u -> AccountDetails.of(u, now));
    }

    /** The caller's own tokens, or — for administrators — one user's or everyone's. */
    @Transactional(readOnly = true)
    public List<ApiToken> list(UserPrincipal caller, @Nullable Long userId) {
        boolean admin = caller.hasRole(Roles.ADMINISTRATOR);
        if (!admin && userId != null && userId != caller.userId()) {
            throw new ForbiddenException();
        }
        return tokens.list(admin ? userId : Long.valueOf(caller.userId()));
    }

    @Transactional
    public void revoke(UserPrincipal caller, long tokenId) {
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFoundException("apiToken"));
        if (token.userId() != caller.userId() && !caller.hasRole(Roles.ADMINISTRATOR)) {
            throw new NotFoundException("apiToken");
        }
        tokens.revoke(tokenId, clock.instant());
        audit.record(AuditEntry.success("token.revoke", "apiToken", tokenId));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
