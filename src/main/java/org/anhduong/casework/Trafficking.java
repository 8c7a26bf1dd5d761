package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;

/**
 * The trafficking record of cases of type {@link CaseType#TRAFFICKING} (Law 53/2024/QH15): identification status,
 * return, the authority that handed her over, the steps to find her hometown and relatives and the support she
 * received. The hand-over at the end is recorded with {@link Handovers} (only once identification is decided) and
 * listed in the record. Other cases have none ({@link ConflictException} {@code not-trafficking}).
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
     * @throws InvalidInputException on a status out of order, dates in the future, texts over 200 characters
     * @throws ConflictException     {@code stale-version}
     */
    TraffickingRecord update(long caseId, int version, TraffickingDetails details);

    /** Adds an identification step. */
    IdentificationStep addStep(long caseId, NewIdentificationStep step);
}
