package org.anhduong.reporting.web;

import java.util.List;

/** The indicator catalogue as a page. */
public record CataloguePage(List<Entry> entries) {

    public record Entry(String key, String section, String name, String definition, String rule, boolean stock,
                        List<String> dimensions) {
    }
}
