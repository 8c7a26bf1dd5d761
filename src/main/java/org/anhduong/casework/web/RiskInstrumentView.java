package org.anhduong.casework.web;

import java.util.List;

/** A risk instrument as the API shows it: codes and weights with labels in the request's language. */
public record RiskInstrumentView(String code, String label, int mediumFrom, int highFrom, List<Item> items) {

    public RiskInstrumentView {
        items = List.copyOf(items);
    }

    /** One yes/no question. */
    public record Item(String code, String label, int weight, boolean redFlag) {
    }
}
