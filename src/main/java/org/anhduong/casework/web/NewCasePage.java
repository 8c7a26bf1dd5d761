package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The "new case" form with its choices and problems.
 *
 * @param duplicateCodes survivor codes of possible duplicates the user may see, when the last save was held back
 * @param duplicateElsewhere a possible duplicate exists that the user may not see
 * @param duplicate      the last save was held back by a possible duplicate: the form asks for confirmation
 */
public record NewCasePage(NewCaseForm form, NewCaseChoices choices, FormErrors errors, boolean duplicate,
                          List<String> duplicateCodes, boolean duplicateElsewhere, @Nullable String contactNoticeKey) {

    public NewCasePage {
        duplicateCodes = List.copyOf(duplicateCodes);
    }
}
