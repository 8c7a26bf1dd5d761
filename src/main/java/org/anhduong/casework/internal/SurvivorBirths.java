package org.anhduong.casework.internal;

import org.anhduong.platform.crypto.FieldCipher;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A client's birth date from its stored (encrypted) column, for rules that need more than the plain birth year. Only
 * the figures use it, for the few incidents whose age at the time the year alone cannot settle.
 */
@Component
public class SurvivorBirths {

    private final FieldCipher cipher;

    SurvivorBirths(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The birth date in {@code casework_clients.date_of_birth_enc}, or null when none was given. */
    public @Nullable PartialDate birth(@Nullable String stored) {
        return PartialDate.parseOrNull(cipher.decrypt(stored, CaseworkColumns.DATE_OF_BIRTH));
    }
}
