package org.anhduong.casework.internal;

import org.anhduong.casework.ClientDetails;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Client details after checking: {@code details} normalised with defaults filled in (phones in E.164, căn cước without
 * spaces, the date of birth in ISO form), the parsed date of birth and the folded name words for the blind indexes.
 */
record ValidClient(ClientDetails details, @Nullable PartialDate dateOfBirth, @Nullable String foldedName,
                   List<String> nameTokens) {

    ValidClient {
        nameTokens = List.copyOf(nameTokens);
    }

    @Nullable Integer birthYear() {
        return dateOfBirth == null ? null : dateOfBirth.year();
    }

    List<String> phones() {
        return details.phones() == null ? List.of() : details.phones();
    }
}
