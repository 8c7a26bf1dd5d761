package org.anhduong.casework;

import org.anhduong.platform.web.InvalidInputException;

import java.util.List;

/**
 * Notes on a case, append-only: a note is never edited or deleted, a correction is a new note naming the one it
 * corrects, so what the team knew and when stays readable (and the audit trail matches the text). Access as for the
 * case ({@link CaseManagement}). Audited as {@code note.read}, {@code note.create} (record type {@code case}).
 */
public interface CaseNotes {

    int MAX_LENGTH = 10_000;

    /** The case's notes, newest first. */
    List<CaseNote> of(long caseId);

    /** @throws InvalidInputException when the text is blank or too long, or the corrected note is not of the case */
    CaseNote write(long caseId, NewNote note);
}
