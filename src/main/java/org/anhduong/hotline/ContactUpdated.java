package org.anhduong.hotline;

/** A contact's details changed; {@code version} is the new one. Read the contact through {@link Hotline#find}. */
public record ContactUpdated(long contactId, long organisationId, int version, boolean gbvRelated) {
}
