package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;

/**
 * The trafficking record of cases of type {@link CaseType#TRAFFICKING} (Law 53/2024/QH15): identification status,
 * return, the authority that handed her over, the steps to find her hometown and relatives, the support she received
 * and the hand-over at the end. Other cases have none ({@link ConflictException} {@code not-trafficking}).
 *
 * <p><b>Who</b>: the case's team, as for the case; changes need an open case.
 *
 * <p><b>Audit</b> (record type {@code case}): {@code trafficking.read}, {@code trafficking.update},
 * {@code trafficking.step}.
 */
public interface Trafficking {

    TraffickingRecord find(long caseId);

    /**
     * Replaces the record's details.
     *
     * @param version the version read (0 for a record never saved)
     * @throws InvalidInputException on a status out of order, a hand-over before identification is decided or
     *                               without its date (and organisation), dates in the future, texts over 200 characters
     * @throws ConflictException     {@code stale-version}
     */
    TraffickingRecord update(long caseId, int version, TraffickingDetails details);

    /** Adds an identification step. */
    IdentificationStep addStep(long caseId, NewIdentificationStep step);
}
