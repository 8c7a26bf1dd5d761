package org.anhduong.identity.internal;

import org.anhduong.platform.text.VietnameseText;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * At least 12 characters, at most 128, not containing the username, not a commonly used password.
 * Length beats composition rules (NIST SP 800-63B), so there are no "one digit, one symbol" rules.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> check(String password, String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (isCommon(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Common passwords, their trivial variants (a trailing run of digits or punctuation, repetition), and digits only (phone and ID numbers). */
    private boolean isCommon(String lower) {
        String folded = VietnameseText.fold(lower).replace(" ", "");
        String stripped = folded.replaceAll("[0-9!@#$%^&*.?_-]+$", "");
        return stripped.isEmpty() || common.contains(folded) || common.contains(stripped) || isRepetition(folded);
    }

    private static boolean isRepetition(String text) {
        for (int size = 1; size <= text.length() / 2; size++) {
            if (text.length() % size == 0 && text.substring(0, size).repeat(text.length() / size).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        var stream = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("identity/common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> VietnameseText.fold(l).replace(" ", "")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
