package org.anhduong.hotline.web;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The live-call screen.
 *
 * @param canRecord  the user records contacts (counsellors and supervisors); anyone else only looks callers up
 * @param savedId    the contact the previous request saved, for the confirmation
 * @param noticeKey  a message about the previous request (draft restored, draft busy with another number…), or null
 * @param draftSaved when the restored draft was kept, or null for a new form
 * @param fresh      a new, untouched form: the phone field takes the focus for the next call
 * @param incoming   the calls the telephony system reports for the user
 */
public record LiveCallPage(ContactForm form, Choices choices, FormErrors errors, HistoryView history,
                           String localityName, boolean canRecord, @Nullable Long savedId, @Nullable String noticeKey,
                           @Nullable Instant draftSaved, boolean fresh, IncomingView incoming) {

    public static final String PATH = LiveCallScreens.PATH;
}
