package org.anhduong.casework;

import org.anhduong.hotline.Sex;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many trafficking cases were handed over to their family and to an organisation in a period, by the client's sex:
 * aggregate counts only, for the reports ({@code trafficking.handedOverToFamily},
 * {@code trafficking.handedOverToOrganization}). Every sex is present, zero when none.
 *
 * @param from first day of the period
 * @param to   last day of the period, included
 */
public record HandoverCounts(LocalDate from, LocalDate to, Map<Sex, Long> toFamily, Map<Sex, Long> toOrganisation) {

    public HandoverCounts {
        toFamily = complete(toFamily);
        toOrganisation = complete(toOrganisation);
    }

    private static Map<Sex, Long> complete(Map<Sex, Long> counts) {
        Map<Sex, Long> all = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            all.put(sex, counts.getOrDefault(sex, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
