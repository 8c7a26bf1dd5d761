package org.anhduong.hotline.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.CallerCase;
import org.anhduong.hotline.CallerCaseLookup;
import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactPage;
import org.anhduong.hotline.ContactQuery;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** Reading contacts: one with its details, lists without, and a caller's history. Each read is audited. */
@Component
class ContactReading {

    static final String READ = "contact.read";
    static final String SEARCH = "contact.search";
    static final String LOOKUP = "caller.lookup";

    private final Contacts contacts;
    private final ContactLists lists;
    private final CallerHistories histories;
    private final Categories categories;
    private final ContactAccess access;
    private final BlindIndex index;
    private final AuditTrail audit;
    private final ObjectProvider<CallerCaseLookup> caseLookups;

    ContactReading(Contacts contacts, ContactLists lists, CallerHistories histories, Categories categories,
                   ContactAccess access, BlindIndex index, AuditTrail audit, ObjectProvider<CallerCaseLookup> caseLookups) {
        this.contacts = contacts;
        this.lists = lists;
        this.histories = histories;
        this.categories = categories;
        this.access = access;
        this.index = index;
        this.audit = audit;
        this.caseLookups = caseLookups;
    }

    Contact find(long id) {
        return find(access.reader(READ, id), id);
    }

    Contact find(UserPrincipal user, long id) {
        Contact contact = visible(user, id, READ);
        audit.record(AuditEntry.success(READ, ContactAccess.CONTACT, id));
        return contact;
    }

    /** The contact when it exists and belongs to the user's organisation; else "not found", audited when hidden. */
    Contact visible(UserPrincipal user, long id, String action) {
        Contact contact = contacts.find(id).orElseThrow(() -> new NotFoundException(ContactAccess.CONTACT));
        access.sameOrganisation(user, contact, action);
        return contact;
    }

    ContactPage search(ContactQuery query) {
        UserPrincipal user = access.reader(SEARCH, null);
        QueryRules.check(query);
        Set<String> codes = query.category() == null ? Set.of() : categories.tree().subtree(query.category());
        if (query.category() != null && codes.isEmpty()) {
            throw new InvalidInputException("category", "hotline.category.unknown");
        }
        SearchSql sql = SearchSql.of(query, user.organisationId(), codes);
        var page = new ContactPage(lists.page(sql, query.page(), query.size()), query.page(), query.size(), lists.count(sql));
        audit.record(AuditEntry.success(SEARCH, ContactAccess.CONTACT, null));
        return page;
    }

    CallerHistory lookup(String anyPhoneSpelling) {
        UserPrincipal user = access.reader(LOOKUP, null);
        String phone = PhoneNumbers.normalise(anyPhoneSpelling)
                .orElseThrow(() -> new InvalidInputException("phone", "hotline.phone.invalid"));
        List<CallerCase> cases = caseLookups.orderedStream().flatMap(lookup -> lookup.casesOf(phone).stream()).toList();
        CallerHistory history = histories.of(phone, index.of(HotlineColumns.PHONE_INDEX, phone), user.organisationId(), cases);
        // The number is never audited: the lookup is, so that who looked for callers can be reviewed.
        audit.record(AuditEntry.success(LOOKUP, "caller", null));
        return history;
    }
}
