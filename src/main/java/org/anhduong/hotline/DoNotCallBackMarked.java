package org.anhduong.hotline;

/**
 * Someone decided that calling back a contact's number is not safe. Call-back queues drop the contact; casework may
 * want to flag the client.
 */
public record DoNotCallBackMarked(long contactId, long organisationId) {
}
