package org.anhduong.casework.internal;

import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Case numbers and survivor codes from the configured patterns, counted per prefix (and year, when the pattern has one):
 * organisations sharing a prefix share its counter, so codes never repeat.
 */
@Component
class Numbering {

    private static final String CASE = "CASE";
    private static final String SURVIVOR = "SURVIVOR";

    private final Counters counters;
    private final CaseworkProperties properties;

    Numbering(Counters counters, CaseworkProperties properties) {
        this.counters = counters;
        this.properties = properties;
    }

    String nextCaseNumber(long organisationId, LocalDate today) {
        return next(properties.caseNumberPattern(), CASE, organisationId, today);
    }

    String nextSurvivorCode(long organisationId, LocalDate today) {
        return next(properties.survivorCodePattern(), SURVIVOR, organisationId, today);
    }

    private String next(String pattern, String kind, long organisationId, LocalDate today) {
        int year = CodeFormat.yearly(pattern) ? today.getYear() : 0;
        String prefix = properties.prefixOf(organisationId);
        return CodeFormat.format(pattern, prefix, today.getYear(), counters.next(prefix, kind, year));
    }
}
