package org.anhduong.hotline.internal;

import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hotline_contacts table with its categories and case links. Personal fields are encrypted here and only here.
 * Every write that adds a contact or changes what a caller lookup counts also updates the number's totals
 * ({@link CallerTotals}), in the same transaction, and marks the contact's days for the figures ({@link FigureDays}).
 * "Do not call back" and case links change nothing the figures count.
 */
@Repository
class Contacts {

    private static final String INSERT = "INSERT INTO hotline_contacts (" + String.join(", ", ContactColumns.NAMES)
            + ", counsellor_id, organisation_id, version, created_at, updated_at) VALUES ("
            + ContactColumns.NAMES.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
            + ", :counsellor, :organisation, 0, :now, :now)";
    private static final String UPDATE = "UPDATE hotline_contacts SET "
            + ContactColumns.NAMES.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
            + ", version = version + 1, updated_at = :now WHERE id = :id AND version = :version";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final CallerTotals totals;
    private final FigureDays figureDays;

    Contacts(JdbcClient jdbc, FieldCipher cipher, BlindIndex index, CallerTotals totals, FigureDays figureDays) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.totals = totals;
        this.figureDays = figureDays;
    }

    /**
     * Inserts a new contact and answers it as {@link #find} would read it back (version 0, categories by code, no
     * case), without reading it: the details are the checked ones just written, so a read would only decrypt them again.
     *
     * @param counsellorId who took it; null for a missed call the telephony system recorded
     */
    Contact insert(ValidContact contact, @Nullable Long counsellorId, long organisationId, Instant now) {
        // Cut to the database's precision, so that the answer and a later read show the same instant.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        var keys = new GeneratedKeyHolder();
        var columns = ContactColumns.of(contact, cipher, index);
        jdbc.sql(INSERT)
                .params(columns)
                .param("counsellor", counsellorId)
                .param("organisation", organisationId)
                .param("now", Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        List<String> categories = contact.details().categories() == null ? List.of()
                : contact.details().categories().stream().sorted().toList();
        insertCategories(id, categories);
        CallerShare share = CallerShare.of(columns, organisationId);
        totals.add(share);
        figureDays.touched(share.receivedAt());
        ContactDraft details = contact.details().toBuilder().categories(categories).build();
        var talk = details.talkTime();
        return new Contact(id, 0, counsellorId, organisationId, details, contact.gbvRelated(), contact.selfHarm(),
                talk == null ? null : talk.toSeconds(), List.of(), at, at);
    }

    /** False when the version is stale. */
    boolean update(long id, int version, ValidContact contact, Instant now) {
        CallerShare before = shareOf(id);
        int rows = jdbc.sql(UPDATE)
                .params(ContactColumns.of(contact, cipher, index))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 1) {
            replaceCategories(id, contact.details().categories());
            CallerShare after = shareOf(id);
            totals.changed(before, after);
            // Any counted value may have changed (type, channel, commune, categories…): both days are recounted.
            figureDays.touched(before.receivedAt(), after.receivedAt());
        }
        return rows == 1;
    }

    Optional<Contact> find(long id) {
        List<String> categories = categoriesOf(id);
        List<String> cases = jdbc.sql("SELECT case_ref FROM hotline_contact_cases WHERE contact_id = :id ORDER BY linked_at, case_ref")
                .param("id", id).query(String.class).list();
        return jdbc.sql("SELECT * FROM hotline_contacts WHERE id = :id").param("id", id)
                .query((rs, row) -> ContactRows.contact(rs, cipher, categories, cases)).optional();
    }

    /** Sets the flag and clears the call-back window and due time, whatever the version; false when it was set already. */
    boolean markDoNotCallBack(long id, Instant now) {
        CallerShare before = shareOf(id);
        boolean marked = jdbc.sql("""
                        UPDATE hotline_contacts SET do_not_call_back = TRUE, call_back_from = NULL, call_back_to = NULL,
                               call_back_due = NULL,
                               version = version + 1, updated_at = :now
                        WHERE id = :id AND do_not_call_back = FALSE""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
        if (marked) {
            totals.changed(before, shareOf(id));
        }
        return marked;
    }

    /** Adds the link unless it exists; true when it was added. */
    boolean linkCase(long id, String caseRef, long userId, Instant now) {
        boolean linked = jdbc.sql("SELECT COUNT(*) FROM hotline_contact_cases WHERE contact_id = :id AND case_ref = :ref")
                .param("id", id).param("ref", caseRef).query(Long.class).single() > 0;
        if (linked) {
            return false;
        }
        jdbc.sql("INSERT INTO hotline_contact_cases (contact_id, case_ref, linked_by, linked_at) VALUES (:id, :ref, :user, :now)")
                .param("id", id).param("ref", caseRef).param("user", userId).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE hotline_contacts SET version = version + 1, updated_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
        return true;
    }

    private CallerShare shareOf(long id) {
        return jdbc.sql("SELECT " + CallerShare.COLUMNS + " FROM hotline_contacts WHERE id = :id").param("id", id)
                .query((rs, row) -> CallerShare.of(rs)).single();
    }

    /** By code in Java's order, as {@link #insert} answers them, whatever the database's collation. */
    private List<String> categoriesOf(long id) {
        return jdbc.sql("SELECT category_code FROM hotline_contact_categories WHERE contact_id = :id")
                .param("id", id).query(String.class).list().stream().sorted().toList();
    }

    private void replaceCategories(long id, List<String> codes) {
        jdbc.sql("DELETE FROM hotline_contact_categories WHERE contact_id = :id").param("id", id).update();
        insertCategories(id, codes);
    }

    /** One statement for all of them (one round trip), none when there are none. */
    private void insertCategories(long id, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(codes.size() * 2);
        for (String code : codes) {
            params.add(id);
            params.add(code);
        }
        jdbc.sql("INSERT INTO hotline_contact_categories (contact_id, category_code) VALUES "
                        + String.join(", ", Collections.nCopies(codes.size(), "(?, ?)")))
                .params(params).update();
    }
}
