package org.anhduong.hotline;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * The calls the telephony system reports ({@code POST /api/v1/telephony/events}), for the live-call screen, which polls
 * {@link #forCurrentUser()}. Counsellors and supervisors of the call's organisation use it; anyone else gets
 * {@link ForbiddenException}. A call of another organisation is never seen: it answers as if it did not exist.
 *
 * <p>The first time a call (with its caller number) is shown to a user, and on every {@link #find}, the read is
 * audited ({@code telephonyCall.read}); polling does not add an event per poll.
 */
public interface LiveCalls {

    /** Calls ringing or answered for the signed-in counsellor (assigned to them, or unassigned on their organisation's lines), newest first; at most 10. */
    List<LiveCall> forCurrentUser();

    /** One call of the signed-in user's organisation (audited as a read of the caller number). */
    Optional<LiveCall> find(String callId);

    /**
     * Links the contact the counsellor saved for this call, so that 'ended' fills the contact's duration. When the
     * call has ended already, the contact's times are filled at once. Idempotent for the same contact.
     *
     * @throws NotFoundException when the call or the contact is not one of the user's organisation
     * @throws ConflictException {@code telephony-contact-attached} when another contact is attached already
     */
    void attachContact(String callId, long contactId);
}
