package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/** A client's names, revealed on request to her team; every reveal is audited ({@code client.revealName}). */
public record ClientName(long clientId, String survivorCode, @Nullable String fullName, @Nullable String otherNames) {

    @Override
    public String toString() {
        return "ClientName[" + survivorCode + "]";
    }
}
