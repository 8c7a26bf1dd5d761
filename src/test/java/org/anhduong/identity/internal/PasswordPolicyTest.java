package org.anhduong.identity.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.check("mùa xuân trên đảo Cô Tô", "lan.nguyen")).isEmpty();
        assertThat(policy.check("correct horse battery staple", "lan.nguyen")).isEmpty();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(policy.check("Short-pass1", "x.y")).contains("password.tooShort");
        assertThat(policy.check("đđđđđđđđđđđ", "x.y")).contains("password.tooShort");
        assertThat(policy.check("abcdefghijkl".repeat(11), "x.y")).contains("password.tooLong");
    }

    @Test
    void refusesPasswordsContainingTheUsernameInAnyCase() {
        assertThat(policy.check("My-LAN.NGUYEN-passphrase", "lan.nguyen")).contains("password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password12345!", "matkhau123456", "Mật khẩu 123456", "123456789012",
            "anhyeuem12345", "qwertyuiop12", "abcabcabcabc", "aaaaaaaaaaaa"})
    void refusesCommonPasswordsAndTheirTrivialVariants(String password) {
        assertThat(policy.check(password, "someone")).contains("password.common");
    }
}
