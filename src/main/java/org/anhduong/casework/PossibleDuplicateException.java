package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;

import java.util.List;

/**
 * A client with the same phone, căn cước, or folded name and birth year already exists. Confirm with
 * {@link NewCase#confirmNoDuplicate()} to open the case anyway.
 *
 * @see #survivorCodes()
 */
public class PossibleDuplicateException extends ConflictException {

    private final transient List<String> survivorCodes;
    private final boolean elsewhere;

    public PossibleDuplicateException(List<String> survivorCodes, boolean elsewhere) {
        super("possible-duplicate", "casework.duplicate.found");
        this.survivorCodes = List.copyOf(survivorCodes);
        this.elsewhere = elsewhere;
    }

    /** The matching clients whose cases the user may read. */
    public List<String> survivorCodes() {
        return survivorCodes;
    }

    /** A match exists that the user may not see (another organisation, or a case outside their team). */
    public boolean elsewhere() {
        return elsewhere;
    }
}
