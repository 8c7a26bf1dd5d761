package org.anhduong.casework;

import java.time.LocalDate;
import java.util.Map;

import org.anhduong.hotline.Sex;

public record CaseCounts(LocalDate from, LocalDate to, CaseTally opened, CaseTally closed, CaseTally active,
                         long directCounsellingCases, long fromNationalHotline111,
                         Map<Sex, Long> traffickingReceived, Map<Sex, Long> handedOverToFamily,
                         Map<Sex, Long> handedOverToOrganisation) {
}
