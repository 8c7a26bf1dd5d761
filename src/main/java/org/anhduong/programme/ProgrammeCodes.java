package org.anhduong.programme;

import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;

import java.util.List;

/**
 * The extendable lists (model kinds, activity kinds, training topics). Every signed-in user reads them;
 * {@code ADMINISTRATOR} adds and renames codes. Audit: {@code programme.code.save} (record type
 * {@code programme-code}).
 */
public interface ProgrammeCodes {

    /** The list's codes, active and inactive, by Vietnamese name. */
    List<Code> codes(CodeList list);

    /**
     * Adds the code, or renames / (de)activates it when it exists.
     *
     * @throws ForbiddenException    for anyone but administrators
     * @throws InvalidInputException naming every bad field
     */
    Code save(CodeList list, CodeDetails details);
}
