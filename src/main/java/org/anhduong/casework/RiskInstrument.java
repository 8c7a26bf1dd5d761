package org.anhduong.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A safety-assessment instrument: yes/no items with weights, and the totals from which the result is MEDIUM and
 * HIGH (below {@code mediumFrom} it is LOW). The project ships its own default; an organisation entitled to a
 * copyrighted instrument may load that one from a file instead.
 *
 * @param code     stable identifier stored with each assessment, e.g. {@code anhduong-default-v1}
 * @param labelKey message key of the instrument's name
 */
public record RiskInstrument(String code, String labelKey, List<RiskItem> items, int mediumFrom, int highFrom) {

    public RiskInstrument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        if (new HashSet<>(items.stream().map(RiskItem::code).toList()).size() != items.size()) {
            throw new IllegalArgumentException("item codes must be unique");
        }
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < mediumFrom < highFrom");
        }
    }

    public Optional<RiskItem> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The highest total a "yes" to every item gives. */
    public int maximum() {
        return items.stream().mapToInt(RiskItem::weight).sum();
    }
}
