package org.anhduong.hotline.web;

import org.anhduong.hotline.Contact;
import org.jspecify.annotations.Nullable;

/**
 * One contact: what the system knows about it (who took it, derived flags, cases) and its details as an edit form.
 *
 * @param counsellor the name of who took the contact
 * @param stale      the save was refused because someone changed the contact meanwhile; the input is kept
 * @param noticeKey  what the previous request did ("saved", "marked do not call back"…), or null
 * @param caseRef    the case reference typed into the link form, kept when it was refused
 * @param caseError  why it was refused, or empty
 */
public record ContactViewPage(Contact contact, String counsellor, ContactForm form, Choices choices, FormErrors errors,
                              boolean stale, @Nullable String noticeKey, String localityName, String caseRef,
                              String caseError) {

    public String action() {
        return ContactScreens.PATH + "/" + contact.id();
    }

    /** Talk time as minutes and seconds, or null when it is not known. */
    public int @Nullable [] talkTime() {
        Long seconds = contact.durationSeconds();
        return seconds == null ? null : new int[] {(int) (seconds / 60), (int) (seconds % 60)};
    }
}
