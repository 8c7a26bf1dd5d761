package org.anhduong.reporting.web;

import org.anhduong.casework.CasePage;
import org.jspecify.annotations.Nullable;

/**
 * The cases behind one number.
 *
 * @param pageUrl  this list without its page number, for the next and previous links
 * @param backUrl  the report it came from
 */
public record DrillDownPage(String period, String measure, @Nullable String dimension, @Nullable String value,
                            CasePage cases, String pageUrl, String backUrl) {
}
