package org.anhduong.casework.internal;

import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;

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
    record Match(String survivorCode, long organisationId, @Nullable Long workerId, @Nullable Long supervisorId) {
    }

    /** What the user is told. */
    record Verdict(List<String> survivorCodes, boolean elsewhere) {

        boolean found() {
            return !survivorCodes.isEmpty() || elsewhere;
        }
    }

    static Verdict verdict(List<Match> matches, UserPrincipal user) {
        List<String> visible = matches.stream()
                .filter(m -> NeedToKnow.onTeam(user, m.organisationId(), m.workerId(), m.supervisorId()))
                .map(Match::survivorCode).distinct().sorted().toList();
        boolean hidden = matches.stream()
                .anyMatch(m -> !NeedToKnow.onTeam(user, m.organisationId(), m.workerId(), m.supervisorId()));
        return new Verdict(visible, hidden);
    }
}
