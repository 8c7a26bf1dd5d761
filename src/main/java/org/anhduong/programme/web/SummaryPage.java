package org.anhduong.programme.web;

import org.anhduong.programme.ProgrammeSummary;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The summary for the period asked; {@code summary} null when the period could not be read (errors say why).
 *
 * @param names code names in the reader's language, by list and code ("MODEL_KIND:PILOT")
 */
public record SummaryPage(String from, String to, String communeCode, String communeName,
                          @Nullable ProgrammeSummary summary, String xlsxLink, Map<String, String> names,
                          FormErrors errors) {

    public String name(String list, String code) {
        return names.getOrDefault(list + ":" + code, code);
    }
}
