package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactQuery;

/** A contact list query that can be answered: pages from 1, a bounded size, a range that does not end before it starts. */
final class QueryRules {

    private QueryRules() {
    }

    static void check(ContactQuery query) {
        Check check = new Check();
        if (query.page() < 1) {
            check.problem("page", "hotline.query.page");
        }
        if (query.size() < 1 || query.size() > ContactQuery.MAX_SIZE) {
            check.problem("size", "hotline.query.size", ContactQuery.MAX_SIZE);
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            check.problem("to", "hotline.query.range");
        }
        check.throwIfAny();
    }
}
