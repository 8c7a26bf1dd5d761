package org.anhduong.casework;

import java.util.Map;

public record CaseTally(long total, Map<CaseDimension, Map<String, Long>> by) {
}
