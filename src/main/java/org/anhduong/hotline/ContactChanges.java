package org.anhduong.hotline;

/**
 * A change to a contact, given as a function from the stored details to the new ones, so the caller can express a
 * JSON merge-patch, one field set by a screen or a telephony "ended" event alike:
 * {@code current -> current.toBuilder().endedAt(now).build()}. The result is checked like a new contact.
 * Counsellor, organisation and derived flags cannot be changed this way.
 */
@FunctionalInterface
public interface ContactChanges {

    ContactDraft applyTo(ContactDraft current);
}
