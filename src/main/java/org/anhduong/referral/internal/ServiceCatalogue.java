package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.referral.Pathway;
import org.anhduong.referral.ServiceDetails;
import org.anhduong.referral.ServiceDirectory;
import org.anhduong.referral.ServiceOffer;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.referral.ServiceSearch;
import org.anhduong.referral.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The service directory and pathways (see {@link ServiceDirectory}). */
@Service
class ServiceCatalogue implements ServiceDirectory {

    static final String SERVICE = "referralService";
    static final String PATHWAY = "referralPathway";

    private final DirectoryRows services;
    private final StoredPathways pathways;
    private final ServiceRules rules;
    private final ReferralAccess access;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final ReferralTransactions tx;
    private final Clock clock;

    ServiceCatalogue(DirectoryRows services, StoredPathways pathways, ServiceRules rules, ReferralAccess access,
                     UserDirectory directory, AuditTrail audit, ReferralTransactions tx, Clock clock) {
        this.services = services;
        this.pathways = pathways;
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<ServiceOffer> search(ServiceSearch search) {
        return tx.run(() -> {
            UserPrincipal user = access.staff("referralService.search", SERVICE);
            audit.record(AuditEntry.success("referralService.search", SERVICE, null));
            // Withdrawn services are the administrators' business; nobody else is offered one to refer to.
            boolean inactive = search.includeInactive() && user.hasRole(Roles.ADMINISTRATOR);
            return offers(services.search(new ServiceSearch(search.serviceType(), search.sector(),
                    search.communeCode(), search.text(), inactive)));
        });
    }

    @Override
    public ServiceOffer find(long serviceId) {
        return tx.run(() -> {
            UserPrincipal user = access.staff("referralService.read", SERVICE);
            audit.record(AuditEntry.success("referralService.read", SERVICE, serviceId));
            return offers(services.find(serviceId).stream().toList()).stream()
                    .filter(offer -> offer.active() || user.hasRole(Roles.ADMINISTRATOR)).findFirst()
                    .orElseThrow(() -> new NotFoundException(SERVICE));
        });
    }

    @Override
    public ServiceOffer create(ServiceDetails details) {
        return tx.run(() -> {
            long by = access.administrator("referralService.create", SERVICE).userId();
            var checked = rules.check(details);
            long id = services.insert(checked.data(), checked.organisationName(), by, now());
            audit.record(AuditEntry.success("referralService.create", SERVICE, id));
            return offer(id);
        });
    }

    @Override
    public ServiceOffer update(long serviceId, int version, ServiceDetails details) {
        return tx.run(() -> {
            long by = access.administrator("referralService.update", SERVICE).userId();
            services.find(serviceId).orElseThrow(() -> new NotFoundException(SERVICE));
            var checked = rules.check(details);
            if (!services.update(serviceId, version, checked.data(), checked.organisationName(), by, now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("referralService.update", SERVICE, serviceId));
            return offer(serviceId);
        });
    }

    @Override
    public Pathway pathway(@Nullable String communeCode, ServiceType serviceType) {
        return tx.run(() -> {
            access.staff("referralPathway.read", PATHWAY);
            audit.record(AuditEntry.success("referralPathway.read", PATHWAY, null));
            return found(communeCode, serviceType);
        });
    }

    private Pathway found(@Nullable String communeCode, ServiceType serviceType) {
        String scope = communeCode == null || communeCode.isBlank() ? Pathway.PROVINCE : communeCode.strip();
        var found = pathways.find(scope, serviceType);
        if (found.isEmpty() && !scope.equals(Pathway.PROVINCE)) {
            found = pathways.find(Pathway.PROVINCE, serviceType);
        }
        return found.map(row -> pathway(row, true)).orElse(new Pathway(scope, serviceType, 0, List.of()));
    }

    @Override
    public List<Pathway> pathways() {
        return tx.run(() -> {
            access.staff("referralPathway.read", PATHWAY);
            audit.record(AuditEntry.success("referralPathway.list", PATHWAY, null));
            return pathways.all().stream().map(row -> pathway(row, false)).toList();
        });
    }

    @Override
    public Pathway savePathway(String scope, ServiceType serviceType, int version, List<Long> serviceIds) {
        return tx.run(() -> {
            long by = access.administrator("referralPathway.update", PATHWAY).userId();
            String valid = checkedPathway(scope, serviceType, serviceIds);
            var stored = pathways.find(valid, serviceType);
            long id;
            if (stored.isEmpty()) {
                if (version != 0) {
                    throw ConflictException.staleVersion();
                }
                try {
                    id = pathways.insert(valid, serviceType, by, now());
                } catch (DuplicateKeyException savedBySomeoneElse) {
                    throw ConflictException.staleVersion();
                }
            } else if (!pathways.touch(stored.get().id(), version, by, now())) {
                throw ConflictException.staleVersion();
            } else {
                id = stored.get().id();
            }
            pathways.replaceSteps(id, serviceIds);
            audit.record(AuditEntry.success("referralPathway.update", PATHWAY, id));
            return pathways.find(valid, serviceType).map(row -> pathway(row, false)).orElseThrow();
        });
    }

    private String checkedPathway(String scope, ServiceType type, List<Long> serviceIds) {
        var checks = new Checks();
        String valid = scope == null ? "" : scope.strip();
        if (valid.isEmpty() || valid.length() > 10 || !valid.matches("PROVINCE|\\d{1,10}")) {
            checks.add("scope", "referral.pathway.scope");
        }
        var rows = services.findAll(serviceIds);
        if (serviceIds.size() > 20 || new HashSet<>(serviceIds).size() != serviceIds.size()
                || rows.size() != serviceIds.size()
                || !rows.stream().allMatch(r -> r.serviceType() == type && r.active())) {
            checks.add("serviceIds", "referral.pathway.services");
        }
        checks.throwIfAny();
        return valid;
    }

    private Pathway pathway(StoredPathways.Row row, boolean activeOnly) {
        Map<Long, ServiceOffer> byId = new HashMap<>();
        offers(services.findAll(row.serviceIds())).forEach(o -> byId.put(o.id(), o));
        List<ServiceOffer> ordered = row.serviceIds().stream().map(byId::get).filter(Objects::nonNull)
                .filter(o -> !activeOnly || o.active()).toList();
        return new Pathway(row.scope(), row.serviceType(), row.version(), ordered);
    }

    private ServiceOffer offer(long id) {
        return offers(services.find(id).stream().toList()).getFirst();
    }

    /** The rows with their organisations' names, looked up once. */
    List<ServiceOffer> offers(List<DirectoryRows.Row> rows) {
        Map<Long, String> names = new HashMap<>();
        for (long id : rows.stream().map(DirectoryRows.Row::organisationId).distinct().toList()) {
            names.put(id, directory.findOrganisation(id).map(Organisation::name).orElse(""));
        }
        return rows.stream().map(r -> new ServiceOffer(r.id(), r.version(), r.organisationId(),
                names.getOrDefault(r.organisationId(), ""), r.name(), r.serviceType(), r.serviceType().sector(),
                r.provinceWide(), r.communeCodes(), r.open24h(), r.openingHours(), r.contactPhone(),
                r.contactEmail(), r.contactPerson(), r.languages(), r.eligibility(), r.capacityNotes(),
                r.publicFields(), r.active(), r.updatedAt())).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
