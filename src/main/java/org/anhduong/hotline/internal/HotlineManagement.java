package org.anhduong.hotline.internal;

import org.anhduong.hotline.CallBack;
import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.CategoryInput;
import org.anhduong.hotline.CategoryNode;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactChanges;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactPage;
import org.anhduong.hotline.ContactQuery;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.HotlineLine;
import org.anhduong.hotline.LineInput;
import org.anhduong.hotline.LiveCallDraft;
import org.anhduong.hotline.RecordedContact;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * The hotline's entry point. Each operation runs in one read-write transaction ({@link HotlineTransactions}); the
 * work itself lives in small collaborators, one per concern.
 */
@Service
class HotlineManagement implements Hotline {

    private final ContactRecording recording;
    private final ContactReading reading;
    private final ContactChanging changing;
    private final CategoryAdministration categories;
    private final LineAdministration lines;
    private final DraftKeeping drafts;
    private final CallBacks callBacks;
    private final HotlineTransactions tx;

    HotlineManagement(ContactRecording recording, ContactReading reading, ContactChanging changing,
                      CategoryAdministration categories, LineAdministration lines, DraftKeeping drafts,
                      CallBacks callBacks, HotlineTransactions tx) {
        this.recording = recording;
        this.reading = reading;
        this.changing = changing;
        this.categories = categories;
        this.lines = lines;
        this.drafts = drafts;
        this.callBacks = callBacks;
        this.tx = tx;
    }

    @Override
    public Contact record(ContactDraft draft) {
        return recording.record(draft);
    }

    /** Not wrapped: it runs its own transactions, to retry after losing a race for the key. */
    @Override
    public RecordedContact record(ContactDraft draft, String idempotencyKey) {
        return recording.record(draft, idempotencyKey);
    }

    @Override
    public Contact find(long id) {
        return tx.run(() -> reading.find(id));
    }

    @Override
    public Contact update(long id, int version, ContactChanges changes) {
        return tx.run(() -> changing.update(id, version, changes));
    }

    @Override
    public Contact markDoNotCallBack(long id) {
        return tx.run(() -> changing.markDoNotCallBack(id));
    }

    @Override
    public Contact linkToCase(long contactId, String caseRef) {
        return tx.run(() -> changing.linkToCase(contactId, caseRef));
    }

    @Override
    public ContactPage search(ContactQuery query) {
        return tx.run(() -> reading.search(query));
    }

    @Override
    public List<CallBack> callBacks() {
        return tx.run(() -> callBacks.due());
    }

    @Override
    public CallerHistory lookupCaller(String anyPhoneSpelling) {
        return tx.run(() -> reading.lookup(anyPhoneSpelling));
    }

    @Override
    public List<CategoryNode> categories() {
        return categories.tree();
    }

    @Override
    public CategoryNode addCategory(CategoryInput input) {
        return tx.run(() -> categories.add(input));
    }

    @Override
    public CategoryNode updateCategory(String code, int version, CategoryInput input) {
        return tx.run(() -> categories.update(code, version, input));
    }

    @Override
    public List<HotlineLine> lines() {
        return lines.all();
    }

    @Override
    public HotlineLine addLine(LineInput input) {
        return tx.run(() -> lines.add(input));
    }

    @Override
    public HotlineLine updateLine(long id, int version, LineInput input) {
        return tx.run(() -> lines.update(id, version, input));
    }

    @Override
    public LiveCallDraft saveDraft(long userId, String payload) {
        return tx.run(() -> drafts.save(userId, payload));
    }

    @Override
    public Optional<LiveCallDraft> draft(long userId) {
        return tx.run(() -> drafts.find(userId));
    }

    @Override
    public void discardDraft(long userId) {
        tx.run(() -> drafts.discard(userId));
    }
}
