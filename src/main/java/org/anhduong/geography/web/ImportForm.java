package org.anhduong.geography.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form as posted.
 *
 * @param effectiveDate dd/MM/yyyy, as typed
 * @param dryRun        count the changes without writing them; an unticked box sends nothing, hence the wrapper
 */
public record ImportForm(@Nullable MultipartFile file, @Nullable String effectiveDate, @Nullable Boolean dryRun) {

    public boolean dryRunChosen() {
        return Boolean.TRUE.equals(dryRun);
    }
}
