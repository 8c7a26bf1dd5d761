package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A case to open, with its client and companions: an intake from the 111 line, a police or border hand-over, a walk-in,
 * or a hotline contact ({@code contactIds}).
 *
 * <p>Defaults: priority MEDIUM; the case's commune is the client's. Every problem is reported at once, on these field
 * names ({@code client.phones[0]}, {@code companions[1].relation}).
 *
 * @param referringReference the referrer's own reference (e.g. the 111 ticket or the police hand-over number), at most
 *                           100 characters; never personal data
 * @param contactIds         hotline contacts of the organisation that led to the case; they are linked both ways
 * @param confirmNoDuplicate the user saw the possible-duplicate warning and confirms this is another person
 * @param clientId           an existing client the case is for (e.g. one the duplicate warning named), instead of a new
 *                           one; only a client of a case the user may read, and then {@code client} is left out
 */
public record NewCase(
        @Nullable CaseType type,
        @Nullable CaseSource source,
        @Nullable String referringReference,
        @Nullable Priority priority,
        @Nullable String communeCode,
        @Nullable List<Long> contactIds,
        @Nullable ClientDetails client,
        @Nullable List<CompanionDetails> companions,
        @Nullable Boolean confirmNoDuplicate,
        @Nullable Long clientId) {

    public NewCase {
        contactIds = contactIds == null ? null : List.copyOf(contactIds);
        companions = companions == null ? null : List.copyOf(companions);
    }

    /** The same case, confirmed (or not) as no duplicate. */
    public NewCase confirmed(boolean confirm) {
        return new NewCase(type, source, referringReference, priority, communeCode, contactIds, client, companions,
                confirm, clientId);
    }

    /** The same case for an existing client: the client's details given here are dropped. */
    public NewCase forClient(long existingClientId) {
        return new NewCase(type, source, referringReference, priority, communeCode, contactIds, null, companions,
                confirmNoDuplicate, existingClientId);
    }

    @Override
    public String toString() {
        return "NewCase[type=" + type + ", source=" + source + "]";
    }
}
