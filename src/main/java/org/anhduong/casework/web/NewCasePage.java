package org.anhduong.casework.web;

import org.anhduong.casework.PossibleDuplicateException.KnownClient;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The "new case" form with its choices and problems.
 *
 * @param duplicateClients possible duplicates the user may see (she may open the case for one of them instead), when
 *                         the last save was held back
 * @param duplicateElsewhere a possible duplicate exists that the user may not see
 * @param duplicate      the last save was held back by a possible duplicate: the form asks for confirmation
 * @param communeName    the current name of the client's commune code, shown beside it; empty for none or unknown
 */
public record NewCasePage(NewCaseForm form, NewCaseChoices choices, FormErrors errors, boolean duplicate,
                          List<KnownClient> duplicateClients, boolean duplicateElsewhere,
                          @Nullable String contactNoticeKey, String communeName) {

    public NewCasePage {
        duplicateClients = List.copyOf(duplicateClients);
    }

    /** The survivor codes of the possible duplicates the user may see. */
    public String duplicateCodes() {
        return String.join(", ", duplicateClients.stream().map(KnownClient::survivorCode).toList());
    }
}
