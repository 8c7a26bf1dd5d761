package org.anhduong.casework;

import java.util.Objects;

/**
 * One question of a risk instrument, answered yes or no. A "yes" adds the weight to the total; a "yes" to a red flag
 * makes the result at least HIGH whatever the total, because some single facts (strangulation, a weapon) predict lethal
 * violence on their own.
 *
 * @param code     stable upper-case code, stored with the answers
 * @param labelKey message key of the question's text
 */
public record RiskItem(String code, String labelKey, int weight, boolean redFlag) {

    public RiskItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("an item code is upper-case letters, digits and underscores");
        }
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("an item weight is 0 to 100");
        }
    }
}
