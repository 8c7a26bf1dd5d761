package org.anhduong.hotline;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * The hotline module's entry point: contacts, caller history, lines, categories and the live-call draft.
 *
 * <p><b>Who may do what</b> (decided here, for every caller: screens, API, telephony):
 * <ul>
 *   <li>{@code HOTLINE_COUNSELLOR} records contacts, and reads, lists, looks up and changes the contacts of their own
 *       organisation;</li>
 *   <li>{@code SUPERVISOR} does the same: supervisors take calls when the line is busy;</li>
 *   <li>{@code ADMINISTRATOR} manages lines and categories, but never reads a contact's content;</li>
 *   <li>anyone signed in reads the lines and the category tree; every other action is refused with
 *       {@link ForbiddenException}.</li>
 * </ul>
 * A contact of another organisation answers {@link NotFoundException}, exactly as one that does not exist, and the
 * attempt is audited with outcome DENIED.
 *
 * <p><b>Audit</b>: every create, read of a contact's details, change, list and caller lookup is recorded (record
 * type {@code contact}, the contact's id; lookups as {@code caller.lookup} without the number).
 *
 * <p><b>Events</b> (published in the transaction, delivered to {@code @ApplicationModuleListener}s after commit):
 * {@link ContactRecorded}, {@link ContactUpdated}, {@link CaseRequestedFromContact}, {@link ContactLinkedToCase},
 * {@link DoNotCallBackMarked}.
 *
 * <p>Invalid input throws {@link InvalidInputException} naming every bad field as in {@link ContactDraft}; a stale
 * version throws {@link ConflictException} {@code stale-version}.
 */
public interface Hotline {

    /** How many contacts a caller's history lists (counts cover all of them). */
    int HISTORY_LIMIT = 20;

    /** How far back the call-back queue looks: an older missed call is no longer a call to return. */
    int CALL_BACK_DAYS = 30;

    /** The call-back queue lists at most this many numbers. */
    int CALL_BACK_LIMIT = 200;

    /**
     * Records a contact taken by the signed-in counsellor or supervisor, in their organisation. Publishes {@link ContactRecorded},
     * and {@link CaseRequestedFromContact} when {@code caseRequested}.
     */
    Contact record(ContactDraft draft);

    /**
     * Records a contact at most once per key and user: the first call creates it, a repeat with the same details
     * returns the same contact ({@code created} false).
     *
     * @param idempotencyKey 1–100 visible ASCII characters chosen by the client, e.g. a UUID
     * @throws ConflictException {@code idempotency-key-reused} when the key was used with other details
     */
    RecordedContact record(ContactDraft draft, String idempotencyKey);

    /** The contact with its personal details. Audited as a read. */
    Contact find(long id);

    /**
     * Changes a contact. Publishes {@link ContactUpdated}, {@link CaseRequestedFromContact} when the request is new,
     * and {@link DoNotCallBackMarked} when the flag is newly set.
     *
     * @param version the version the caller read
     */
    Contact update(long id, int version, ContactChanges changes);

    /**
     * Sets "do not call back" whatever the version: it only ever makes the contact safer, so it must not fail because
     * someone else edited the contact meanwhile. Also clears the call-back window and due time. Idempotent.
     */
    Contact markDoNotCallBack(long id);

    /**
     * Links a contact to a case; for casework, once it opened a case from the contact or found an existing one.
     * Allowed to counsellors and supervisors of the contact's organisation and to its case workers. Idempotent.
     *
     * @param caseRef casework's reference, 1–64 characters without whitespace
     */
    Contact linkToCase(long contactId, String caseRef);

    /** Contacts of the signed-in user's organisation, newest first, without personal details. Audited. */
    ContactPage search(ContactQuery query);

    /**
     * The organisation's call-back queue, by due time: the numbers whose newest contact of the last
     * {@value #CALL_BACK_DAYS} days was missed or scheduled a call-back. A number with any "do not call back" contact
     * is never listed, nor a contact without a number. Counsellors and supervisors; audited as a list.
     */
    List<CallBack> callBacks();

    /**
     * The history of a number within the signed-in user's organisation, however the number is written
     * ("0912 345 678", "+84 912-345-678", "84912345678"). Audited as {@code caller.lookup}, without the number.
     *
     * @throws InvalidInputException on the field {@code phone} when it is not a valid number
     */
    CallerHistory lookupCaller(String anyPhoneSpelling);

    /** The category tree, roots and children by sort order; inactive ones are included for old contacts. */
    List<CategoryNode> categories();

    /** Adds a category (administrators). */
    CategoryNode addCategory(CategoryInput input);

    /** Renames, re-flags, re-sorts or (de)activates a category (administrators); code and parent stay. */
    CategoryNode updateCategory(String code, int version, CategoryInput input);

    /** Every line, by organisation and number. */
    List<HotlineLine> lines();

    /** Adds a line (administrators). */
    HotlineLine addLine(LineInput input);

    /** Changes a line (administrators). */
    HotlineLine updateLine(long id, int version, LineInput input);

    /**
     * Keeps the live-call draft of a counsellor or supervisor, replacing the previous one (one draft per user).
     *
     * @param userId  must be the signed-in user: nobody keeps or reads another person's draft
     * @param payload JSON of at most 64 KiB
     */
    LiveCallDraft saveDraft(long userId, String payload);

    /** The user's draft, if any; same rule for {@code userId}. */
    Optional<LiveCallDraft> draft(long userId);

    /** Throws the user's draft away (after saving the contact, or on "discard"); same rule for {@code userId}. */
    void discardDraft(long userId);
}
