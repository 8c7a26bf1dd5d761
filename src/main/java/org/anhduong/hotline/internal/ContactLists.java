package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists of contact summaries: the contact list and a caller's history. Nothing here decrypts. */
@Repository
class ContactLists {

    static final String SUMMARY_COLUMNS = "c.id, c.received_at, c.line_id, c.channel, c.direction, c.contact_type, "
            + "c.gbv_related, c.self_harm, c.urgency, c.outcome, c.do_not_call_back, c.case_requested, c.counsellor_id";

    private final JdbcClient jdbc;

    ContactLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(SearchSql search) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_contacts c" + search.where())
                .params(search.params()).query(Long.class).single();
    }

    List<ContactSummary> page(SearchSql search, int page, int size) {
        List<Object> params = new ArrayList<>(search.params());
        params.add(size);
        params.add((long) (page - 1) * size);
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM hotline_contacts c" + search.where()
                + " ORDER BY c.received_at DESC, c.id DESC LIMIT ? OFFSET ?", params);
    }

    /**
     * The newest contacts of a number within an organisation, newest first: a range scan of the phone index, joined to
     * their categories in the same statement (one round trip while the phone rings, not two).
     */
    List<ContactSummary> newestOfNumber(String phoneIndex, long organisationId, int limit) {
        Map<Long, ContactSummary> byId = new LinkedHashMap<>();
        Map<Long, List<String>> categories = new HashMap<>();
        jdbc.sql("SELECT c.*, cc.category_code FROM (SELECT " + SUMMARY_COLUMNS + " FROM hotline_contacts c"
                        + " WHERE c.phone_bidx = ? AND c.organisation_id = ? ORDER BY c.received_at DESC, c.id DESC LIMIT ?)"
                        + " c LEFT JOIN hotline_contact_categories cc ON cc.contact_id = c.id"
                        + " ORDER BY c.received_at DESC, c.id DESC")
                .params(phoneIndex, organisationId, limit)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!byId.containsKey(id)) {
                        byId.put(id, ContactRows.summary(rs, List.of()));
                    }
                    String code = rs.getString("category_code");
                    if (code != null) {
                        categories.computeIfAbsent(id, k -> new ArrayList<>()).add(code);
                    }
                });
        return byId.values().stream().map(s -> withCategories(s, categories.getOrDefault(s.id(), List.of()))).toList();
    }

    /** Codes in Java's order, not the database collation's (which may skip the underscores). */
    private static ContactSummary withCategories(ContactSummary s, List<String> categories) {
        return withSortedCategories(s, categories.stream().sorted().toList());
    }

    private List<ContactSummary> summaries(String sql, List<Object> params) {
        List<ContactSummary> partial = jdbc.sql(sql).params(params).query((rs, n) -> ContactRows.summary(rs, List.of())).list();
        Map<Long, List<String>> categories = categoriesOf(partial.stream().map(ContactSummary::id).toList());
        return partial.stream().map(s -> withCategories(s, categories.getOrDefault(s.id(), List.of()))).toList();
    }

    private Map<Long, List<String>> categoriesOf(List<Long> ids) {
        Map<Long, List<String>> byContact = new HashMap<>();
        if (ids.isEmpty()) {
            return byContact;
        }
        jdbc.sql("SELECT contact_id, category_code FROM hotline_contact_categories WHERE contact_id IN (:ids)"
                        + " ORDER BY contact_id, category_code")
                .param("ids", ids)
                .query(rs -> {
                    byContact.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return byContact;
    }

    private static ContactSummary withSortedCategories(ContactSummary s, List<String> categories) {
        return new ContactSummary(s.id(), s.receivedAt(), s.lineId(), s.channel(), s.direction(), s.type(), categories,
                s.gbvRelated(), s.selfHarm(), s.urgency(), s.outcome(), s.doNotCallBack(), s.caseRequested(),
                s.counsellorId());
    }
}
