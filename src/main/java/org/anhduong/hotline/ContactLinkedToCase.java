package org.anhduong.hotline;

/** A contact was linked to a case (a new one opened from it, or an existing one). */
public record ContactLinkedToCase(long contactId, long organisationId, String caseRef) {
}
