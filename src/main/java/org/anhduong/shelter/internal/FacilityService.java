package org.anhduong.shelter.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.Ui;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityDetails;
import org.anhduong.shelter.Occupancy;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.ShelterRegistry;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registry and the occupancy board (see {@link ShelterRegistry}). */
@Service
class FacilityService implements ShelterRegistry {

    static final String FACILITY = "facility";
    private static final Set<String> ADMINISTRATORS = Set.of(Roles.ADMINISTRATOR);

    private final Facilities facilities;
    private final Placements placements;
    private final ShelterAccess access;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final ShelterTransactions tx;
    private final Clock clock;

    FacilityService(Facilities facilities, Placements placements, ShelterAccess access, UserDirectory directory,
                    AuditTrail audit, ShelterTransactions tx, Clock clock) {
        this.facilities = facilities;
        this.placements = placements;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Facility create(FacilityDetails details) {
        UserPrincipal user = access.withRole(ADMINISTRATORS, "facility.create", FACILITY, null);
        FacilityDetails valid = FacilityRules.checked(details, directory);
        return tx.run(() -> {
            long id = facilities.insert(valid, user.userId(), now());
            audit.record(AuditEntry.success("facility.create", FACILITY, id));
            return facilities.find(id).orElseThrow();
        });
    }

    @Override
    public Facility update(long facilityId, int version, FacilityDetails details) {
        UserPrincipal user = access.withRole(ADMINISTRATORS, "facility.update", FACILITY, facilityId);
        return tx.run(() -> {
            Facility stored = facilities.lock(facilityId).orElseThrow(() -> access.hidden("facility.update", FACILITY,
                    facilityId));
            if (stored.version() != version) {
                throw ConflictException.staleVersion();
            }
            FacilityDetails valid = FacilityRules.checked(FacilityRules.keepingSecrets(details, stored), directory);
            int staying = placements.openOn(facilityId, today()).size();
            if (valid.capacity() != null && valid.capacity() < staying) {
                throw new ConflictException("capacity-below-occupancy", "shelter.facility.capacityBelowOccupancy",
                        staying);
            }
            facilities.update(facilityId, version, valid, user.userId(), now());
            audit.record(AuditEntry.success("facility.update", FACILITY, facilityId));
            return facilities.find(facilityId).orElseThrow();
        });
    }

    @Override
    public Facility find(long facilityId) {
        UserPrincipal user = access.withRole(ShelterAccess.REGISTRY_READERS, "facility.read", FACILITY, facilityId);
        Facility found = facilities.find(facilityId).filter(f -> ShelterAccess.sees(user, f))
                .orElseThrow(() -> access.hidden("facility.read", FACILITY, facilityId));
        return tx.run(() -> {
            audit.record(AuditEntry.success("facility.read", FACILITY, facilityId));
            return shownTo(user, found);
        });
    }

    @Override
    public List<Facility> facilities() {
        UserPrincipal user = access.withRole(ShelterAccess.REGISTRY_READERS, "facility.list", FACILITY, null);
        return tx.run(() -> {
            audit.record(AuditEntry.success("facility.list", FACILITY, null));
            return facilities.all().stream().filter(f -> ShelterAccess.sees(user, f)).map(f -> shownTo(user, f))
                    .toList();
        });
    }

    @Override
    public List<Occupancy> board(LocalDate on) {
        UserPrincipal user = access.withRole(ShelterAccess.REGISTRY_READERS, "occupancy.read", FACILITY, null);
        return tx.run(() -> {
            audit.record(AuditEntry.success("occupancy.read", FACILITY, null));
            Map<Long, Integer> occupied = placements.occupiedOn(on);
            return facilities.withoutSecrets().stream().filter(Facility::active).filter(f -> ShelterAccess.sees(user, f))
                    .map(f -> occupancy(f, on, occupied.getOrDefault(f.id(), 0), user)).toList();
        });
    }

    @Override
    public List<Placement> placements(long facilityId, LocalDate on) {
        UserPrincipal user = access.user("facility.placements", FACILITY, facilityId);
        facilities.find(facilityId).filter(f -> ShelterAccess.listsPlacements(user, f))
                .orElseThrow(() -> access.hidden("facility.placements", FACILITY, facilityId));
        return tx.run(() -> {
            audit.record(AuditEntry.success("facility.placements", FACILITY, facilityId));
            return placements.openOn(facilityId, on);
        });
    }

    private static Occupancy occupancy(Facility f, LocalDate on, int staying, UserPrincipal user) {
        return new Occupancy(f.id(), f.name(), f.kind(), f.capacity(), f.acceptsChildren(), f.accessible(), on, staying,
                Math.max(0, f.capacity() - staying), ShelterAccess.listsPlacements(user, f));
    }

    /** The facility with its need-to-know fields only for those who may know them. */
    private static Facility shownTo(UserPrincipal user, Facility f) {
        if (ShelterAccess.seesAddress(user, f)) {
            return f;
        }
        return new Facility(f.id(), f.version(), f.organisationId(), f.name(), f.kind(), f.capacity(),
                f.acceptsChildren(), f.accessible(), f.communeCode(), null, null, f.active(), false);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
