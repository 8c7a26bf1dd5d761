package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactQuery;
import org.anhduong.platform.web.Ui;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The WHERE clause of a contact list: always one organisation (so the (organisation_id, received_at) index leads),
 * then whatever the query gives. Days are Vietnamese calendar days, whatever the server's zone.
 */
record SearchSql(String where, List<Object> params) {

    static SearchSql of(ContactQuery query, long organisationId, Collection<String> categories) {
        StringBuilder where = new StringBuilder(" WHERE c.organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisationId));
        if (query.from() != null) {
            where.append(" AND c.received_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(Ui.ZONE).toInstant()));
        }
        if (query.to() != null) {
            where.append(" AND c.received_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(Ui.ZONE).toInstant()));
        }
        equal(where, params, "c.contact_type", query.type() == null ? null : query.type().name());
        equal(where, params, "c.line_id", query.lineId());
        equal(where, params, "c.counsellor_id", query.counsellorId());
        equal(where, params, "c.urgency", query.urgency() == null ? null : query.urgency().name());
        equal(where, params, "c.channel", query.channel() == null ? null : query.channel().name());
        equal(where, params, "c.direction", query.direction() == null ? null : query.direction().name());
        equal(where, params, "c.gbv_related", query.gbvRelated());
        equal(where, params, "c.locality_code", query.communeCode());
        if (query.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM hotline_contact_categories cc WHERE cc.contact_id = c.id")
                    .append(" AND cc.category_code IN (").append(String.join(", ", categories.stream().map(c -> "?").toList()))
                    .append("))");
            params.addAll(categories);
        }
        return new SearchSql(where.toString(), List.copyOf(params));
    }

    private static void equal(StringBuilder where, List<Object> params, String column, @org.jspecify.annotations.Nullable Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
