package org.anhduong.casework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of cases counted: how many, and per {@link CaseDimension} how many distinct cases have each value. Every
 * dimension is present; the enum dimensions list every value of their enum (0 when none) plus {@code UNKNOWN}, the
 * commune dimension only the communes that have cases. Within SEX, AGE_GROUP, CASE_TYPE and COMMUNE each case has one
 * value, so the values add up to the total; within GBVIMS_TYPE and CONTEXT a case may count under several values.
 *
 * @param total distinct cases
 * @param by    per dimension, value → distinct cases
 */
public record CaseTally(long total, Map<CaseDimension, Map<String, Long>> by) {

    /** The value for a case without one (no commune, no incident, no context). */
    public static final String UNKNOWN = "UNKNOWN";

    public CaseTally {
        Map<CaseDimension, Map<String, Long>> copy = new EnumMap<>(CaseDimension.class);
        for (CaseDimension dimension : CaseDimension.values()) {
            copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(by.getOrDefault(dimension, Map.of()))));
        }
        by = Collections.unmodifiableMap(copy);
    }

    /** The distinct cases with the value, 0 when none. */
    public long count(CaseDimension dimension, String value) {
        return by.get(dimension).getOrDefault(value, 0L);
    }
}
