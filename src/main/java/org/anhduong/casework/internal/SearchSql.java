package org.anhduong.casework.internal;

import org.anhduong.casework.CaseSearch;
import org.anhduong.platform.crypto.BlindIndex;
import org.anhduong.platform.text.CitizenIds;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.text.VietnameseText;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of a case search over {@code casework_cases c} and {@code casework_clients k}: exact codes, and
 * blind indexes for phone, căn cước and every name word (a client must hold all the words typed). No criterion ever
 * reaches the database as plain personal data.
 */
record SearchSql(String where, Map<String, Object> params) {

    static final int MAX_WORDS = 6;

    static SearchSql of(CaseSearch search, BlindIndex index) {
        var checks = new FieldChecks();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String number = code(search.caseNumber());
        if (number != null) {
            clauses.add("c.case_number = :number");
            params.put("number", number);
        }
        String survivor = code(search.survivorCode());
        if (survivor != null) {
            clauses.add("k.survivor_code = :survivor");
            params.put("survivor", survivor);
        }
        if (search.phone() != null && !search.phone().isBlank()) {
            PhoneNumbers.normalise(search.phone()).ifPresentOrElse(phone -> {
                clauses.add("k.id IN (SELECT client_id FROM casework_client_phones WHERE phone_bidx = :phone)");
                params.put("phone", index.of(CaseworkColumns.PHONE_INDEX, phone));
            }, () -> checks.add("phone", "casework.phone.invalid"));
        }
        if (search.idNumber() != null && !search.idNumber().isBlank()) {
            if (CitizenIds.isValid(search.idNumber())) {
                clauses.add("k.id_bidx = :idBidx");
                params.put("idBidx", index.of(CaseworkColumns.ID_INDEX, CitizenIds.normalise(search.idNumber())));
            } else {
                checks.add("idNumber", "casework.idNumber.invalid");
            }
        }
        List<String> words = search.name() == null ? List.of()
                : VietnameseText.tokens(search.name()).stream().distinct().toList();
        if (words.size() > MAX_WORDS) {
            checks.add("name", "casework.search.tooManyWords", MAX_WORDS);
        } else if (!words.isEmpty()) {
            clauses.add("""
                    k.id IN (SELECT client_id FROM casework_client_name_tokens WHERE token_bidx IN (:tokens)
                             GROUP BY client_id HAVING COUNT(*) = :tokenCount)""");
            params.put("tokens", words.stream().map(w -> index.of(CaseworkColumns.TOKEN_INDEX, w)).toList());
            params.put("tokenCount", words.size());
        }
        checks.throwIfAny();
        if (clauses.isEmpty()) {
            checks.add("name", "casework.search.empty");
            checks.throwIfAny();
        }
        return new SearchSql(String.join(" AND ", clauses), params);
    }

    private static @Nullable String code(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toUpperCase(Locale.ROOT);
    }
}
