package org.anhduong.casework.internal;

import org.anhduong.casework.PossibleDuplicateException.KnownClient;
import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;

/**
 * When a new client may be someone already known: the same phone number, the same căn cước, or the same folded full
 * name with the same birth year (a name alone is too common in Vietnam to warn on). What the user learns of a match
 * depends on the team rule: survivor codes of the matches they may read, and only "a match exists elsewhere" otherwise.
 */
final class DuplicateRule {

    private DuplicateRule() {
    }

    /** What to look for; blind indexes of the normalised values. */
    record Keys(List<String> phoneIndexes, @Nullable String idIndex, @Nullable String nameIndex,
                @Nullable Integer birthYear) {

        Keys {
            phoneIndexes = List.copyOf(phoneIndexes);
        }

        boolean byName() {
            return nameIndex != null && birthYear != null;
        }

        boolean any() {
            return !phoneIndexes.isEmpty() || idIndex != null || byName();
        }
    }

    /** A case of a matching client. */
    record Match(long clientId, String survivorCode, long organisationId, @Nullable Long workerId,
                 @Nullable Long supervisorId) {

        boolean readableBy(UserPrincipal user) {
            return NeedToKnow.onTeam(user, organisationId, workerId, supervisorId);
        }
    }

    /** What the user is told. */
    record Verdict(List<KnownClient> clients, boolean elsewhere) {

        boolean found() {
            return !clients.isEmpty() || elsewhere;
        }

        List<String> survivorCodes() {
            return clients.stream().map(KnownClient::survivorCode).toList();
        }
    }

    static Verdict verdict(List<Match> matches, UserPrincipal user) {
        List<KnownClient> visible = matches.stream().filter(m -> m.readableBy(user))
                .map(m -> new KnownClient(m.clientId(), m.survivorCode())).distinct()
                .sorted(Comparator.comparing(KnownClient::survivorCode)).toList();
        boolean hidden = matches.stream().anyMatch(m -> !m.readableBy(user));
        return new Verdict(visible, hidden);
    }
}
