package org.anhduong.reporting.internal.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures a narrative is written from, for one period and one scope.
 *
 * @param from          first day of the period
 * @param to            last day of the period (the "end of the period" of the stock figures)
 * @param periodName    the period in words, in the narrative's language: "6 tháng đầu năm 2026", "the first six months
 *                      of 2026"; when blank, the narrative says "from … to …"
 * @param scopeName     who reports, as it should read mid-sentence: "Trung tâm Công tác xã hội tỉnh Quảng Ninh", a commune
 * @param lineNumbers   the hotline numbers counted, e.g. "1800 1769"; may be empty
 * @param indicators    indicator key (e.g. "contacts.total") → count; a missing key counts as 0
 * @param breakdowns    indicator key → dimension (e.g. "sex") → value (e.g. "FEMALE") → count; may be empty
 * @param suppressSmall counts from 1 to 4 are written "dưới 5" / "fewer than 5", and no breakdown is given that would
 *                      show such a count
 */
public record NarrativeInput(LocalDate from, LocalDate to, String periodName, String scopeName,
                             List<String> lineNumbers, Map<String, Long> indicators,
                             Map<String, Map<String, Map<String, Long>>> breakdowns, boolean suppressSmall) {

    public NarrativeInput {
        lineNumbers = List.copyOf(lineNumbers);
        indicators = Map.copyOf(indicators);
        breakdowns = Map.copyOf(breakdowns);
    }

    long count(String key) {
        Long value = indicators.get(key);
        return value == null ? 0 : value;
    }

    Map<String, Long> bySex(String key) {
        return breakdowns.getOrDefault(key, Map.of()).getOrDefault("sex", Map.of());
    }
}
