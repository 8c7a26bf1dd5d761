package org.anhduong.geography.web;

import java.util.List;

/**
 * The commune picker's results.
 *
 * @param field    the id of the code field a chosen result fills
 * @param searched words were typed, so no results means none found
 */
public record CommuneResults(String field, boolean searched, List<Option> options) {

    public CommuneResults {
        options = List.copyOf(options);
    }

    /** A commune: its code, and its name with its province's. */
    public record Option(String code, String label) {
    }
}
