package org.anhduong.hotline.web;

import java.time.Instant;

/**
 * A contact in a list or a caller's history: what happened, never who. Labels are in the user's language.
 *
 * @param urgent     urgent or a danger to life, shown as a warning
 * @param categories the categories' names, comma-separated
 */
public record ContactRow(long id, Instant receivedAt, String line, String type, String categories, String urgency,
                         boolean urgent, String outcome, boolean gbvRelated, boolean selfHarm, boolean doNotCallBack,
                         boolean caseRequested, String counsellor) {
}
