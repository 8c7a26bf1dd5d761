package org.anhduong.geography.internal;

import org.anhduong.geography.ImportResult;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a units file as from a date, in one transaction. Neither authorises nor audits: the facade does both for
 * people, and the first-start load has no person behind it.
 */
@Component
class UnitImporter {

    private final LocalityVersions versions;

    UnitImporter(LocalityVersions versions) {
        this.versions = versions;
    }

    @Transactional
    ImportResult apply(String csv, LocalDate effectiveDate, boolean dryRun) {
        Map<String, OpenVersion> open = versions.open();
        ImportPlan plan = ImportPlan.of(UnitFile.read(csv, provinces(open)), open);
        if (!plan.canStartOn(effectiveDate, versions.codesValidOnOrAfter(effectiveDate))) {
            throw new InvalidInputException("effectiveDate", "geography.import.effectiveDateTooEarly");
        }
        if (!dryRun) {
            versions.close(plan.ending(), effectiveDate.minusDays(1));
            versions.insert(plan.starting(), effectiveDate, Instant.now());
        }
        return plan.result(effectiveDate, dryRun);
    }

    private static Set<String> provinces(Map<String, OpenVersion> open) {
        return open.values().stream().filter(OpenVersion::isProvince).map(OpenVersion::code).collect(Collectors.toSet());
    }
}
