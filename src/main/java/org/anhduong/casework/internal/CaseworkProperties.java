package org.anhduong.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Casework settings ({@code anhduong.casework.*}).
 *
 * @param caseNumberPattern   how case numbers look; {@code {prefix}}, {@code {year}} and {@code {seq:N}} (the
 *                            prefix's counter for the year, zero-padded to N digits) are replaced
 * @param survivorCodePattern how survivor codes look; {@code {prefix}} and {@code {seq:N}} (the prefix's counter)
 * @param defaultPrefix       the prefix of organisations without one of their own
 * @param prefixes            an organisation's prefix by its id, e.g. {@code 12: QN} for a Quảng Ninh centre
 */
@ConfigurationProperties("anhduong.casework")
record CaseworkProperties(@DefaultValue("{prefix}-{year}-{seq:6}") String caseNumberPattern,
                          @DefaultValue("{prefix}-S-{seq:5}") String survivorCodePattern,
                          @DefaultValue("AD") String defaultPrefix,
                          Map<Long, String> prefixes) {

    CaseworkProperties {
        prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
        CodeFormat.check(caseNumberPattern);
        CodeFormat.check(survivorCodePattern);
        if (!PREFIX.matcher(defaultPrefix).matches() || !prefixes.values().stream().allMatch(p -> PREFIX.matcher(p).matches())) {
            throw new IllegalArgumentException("Code prefixes are 1-20 letters or digits");
        }
    }

    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,20}");

    String prefixOf(long organisationId) {
        return prefixes.getOrDefault(organisationId, defaultPrefix);
    }
}
