package org.anhduong.identity.web;

import java.util.List;

/** View model of the locality lookup: the query, whether it was searched, and the units found (code and name). */
public record LocalityLookupPage(String query, boolean searched, List<Option> results) {
}
