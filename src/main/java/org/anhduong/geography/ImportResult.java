package org.anhduong.geography;

import java.time.LocalDate;

/**
 * What a re-import of administrative units did, or would do when {@code dryRun}.
 *
 * @param unchanged units in the file that are already current as given
 * @param changed   units whose name, level or parent changed: old version closed, new version valid from the date
 * @param added     codes that had no current unit
 * @param closed    current communes of the file's provinces that the file no longer lists
 */
public record ImportResult(LocalDate effectiveDate, boolean dryRun, int unchanged, int changed, int added, int closed) {
}
