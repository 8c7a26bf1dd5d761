package org.anhduong.hotline;

/**
 * The answer to an idempotent {@link Hotline#record(ContactDraft, String)}.
 *
 * @param created true when this call created the contact; false when the key had already created it
 */
public record RecordedContact(Contact contact, boolean created) {
}
