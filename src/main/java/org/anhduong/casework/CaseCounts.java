package org.anhduong.casework;

import org.anhduong.hotline.Sex;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The case figures of a period and scope ({@link CaseFigures#count}). Cases are counted, never contacts or people: a
 * contact linked to two cases makes two cases, a client with two cases counts twice.
 *
 * <p><b>Period</b>: the local days {@code from} to {@code to} inclusive in Asia/Ho_Chi_Minh, i.e. the instants from
 * {@code from} 00:00 (+07:00) included to the day after {@code to} 00:00 (+07:00) excluded. A case opened at 23:59:59
 * local on the last day is in; one opened at 00:00 local the next day is not. Days (services, hand-overs) are compared
 * as days.
 *
 * <p><b>Scope</b>, applied to every number: {@code organisationId} — the case's current organisation
 * ({@code casework_cases.organisation_id}: a case transferred away counts for its new organisation);
 * {@code communeCodes} — the case's commune is one of them (an empty set means every commune, and cases with none);
 * {@code statisticsConsentOnly} — the client's consent to statistics holds <em>today</em>: the latest consent for the
 * purpose STATISTICS to any recipient given on or before today (by day, then by record) decides alone; it holds when it
 * is not withdrawn on or before today, its last valid day (if any) is today or later, and it is not a guardian's consent
 * the child expressly refused ({@code childAgreed = false}). The age-based capacity checks of the case file (a client
 * under 16 consenting herself, a guardian's consent for a child of 7 or more whose agreement was not asked) need the
 * encrypted birth date and are not re-judged here.
 *
 * <p><b>Closure history</b>: a case is closed from the moment its closure took effect (a direct closure, or the
 * supervisor's approval: {@code casework_closures.decided_at} of a closure in state CLOSED or REOPENED) until it is
 * reopened ({@code reopened_at}), if ever. Requests still pending, sent back or withdrawn never closed it.
 *
 * @param opened                   cases opened in the period ({@code opened_at})
 * @param closed                   cases with a closure taking effect in the period, each once: closed, reopened and
 *                                 closed again in the period counts once; closed in the period and reopened later
 *                                 (in or after it) still counts
 * @param active                   cases opened on or before the last day and not closed at the end of it (a case
 *                                 closed and reopened before the end is active; opened and closed within the period is
 *                                 not)
 * @param directCounsellingCases   distinct cases given a {@link ServiceType#DIRECT_COUNSELLING_IN_PERSON} service on a
 *                                 day of the period (whenever the case was opened)
 * @param fromNationalHotline111   cases opened in the period whose source is {@link CaseSource#NATIONAL_HOTLINE_111}
 * @param traffickingReceived      {@link CaseType#TRAFFICKING} cases opened in the period, by the client's sex. Opening
 *                                 is when the organisation received her: the trafficking record's return day is when
 *                                 she came back to the country, often long before, often unknown, and a case may have no
 *                                 trafficking record yet
 * @param handedOverToFamily       {@link CaseType#TRAFFICKING} cases with a hand-over {@link HandoverTo#TO_FAMILY} dated
 *                                 in the period, by the client's sex, each case once
 *                                 ({@link Handovers#traffickingCounts} with the scope)
 * @param handedOverToOrganisation the same for {@link HandoverTo#TO_ORGANISATION}
 */
public record CaseCounts(LocalDate from, LocalDate to, CaseTally opened, CaseTally closed, CaseTally active,
                         long directCounsellingCases, long fromNationalHotline111, Map<Sex, Long> traffickingReceived,
                         Map<Sex, Long> handedOverToFamily, Map<Sex, Long> handedOverToOrganisation) {

    public CaseCounts {
        traffickingReceived = everySex(traffickingReceived);
        handedOverToFamily = everySex(handedOverToFamily);
        handedOverToOrganisation = everySex(handedOverToOrganisation);
    }

    /** Every sex present, 0 when none. */
    static Map<Sex, Long> everySex(Map<Sex, Long> counts) {
        Map<Sex, Long> all = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            all.put(sex, counts.getOrDefault(sex, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
