package org.anhduong.geography.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.geography.ImportResult;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalitySearch;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The geography module's entry point. Reading is open to every caller; re-importing is for administrators. */
@Service
class LocalityManagement implements Localities {

    static final int MAX_LIMIT = 100;

    private final LocalityVersions versions;
    private final UnitImporter importer;
    private final AuditTrail audit;
    private final UnitMerges merges;

    LocalityManagement(LocalityVersions versions, UnitImporter importer, AuditTrail audit, UnitMerges merges) {
        this.versions = versions;
        this.importer = importer;
        this.audit = audit;
        this.merges = merges;
    }

    @Override
    public Optional<Locality> find(String code) {
        return versions.validOn(code, today());
    }

    @Override
    public Optional<Locality> findOn(String code, LocalDate date) {
        return versions.validOn(code, date);
    }

    @Override
    public List<Locality> search(LocalitySearch search) {
        return searchOn(search, today());
    }

    @Override
    public List<Locality> searchOn(LocalitySearch search, LocalDate date) {
        if (search.limit() < 1 || search.limit() > MAX_LIMIT) {
            throw new InvalidInputException("limit", "geography.search.limit", 1, MAX_LIMIT);
        }
        return versions.search(SearchSql.of(search, date));
    }

    @Override
    public List<Locality> children(String parentCode) {
        return versions.children(parentCode, today());
    }

    @Override
    public List<UnitMerge> predecessors(String currentCode) {
        return merges.predecessors(currentCode.strip(), today());
    }

    @Override
    public List<UnitMerge> successors(String oldCode) {
        return merges.successors(oldCode.strip(), today());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
    public ImportResult importUnits(String csv, LocalDate effectiveDate, boolean dryRun) {
        ImportResult result = importer.apply(csv, effectiveDate, dryRun);
        if (!dryRun) {
            audit.record(AuditEntry.success("localities.import", "localities", effectiveDate));
        }
        return result;
    }

    /** Decrees take effect on Vietnamese calendar days, whatever the server's zone. */
    private static LocalDate today() {
        return LocalDate.now(Ui.ZONE);
    }
}
