package org.anhduong.shelter.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Client;
import org.anhduong.casework.Companion;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.shelter.CareReason;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityKind;
import org.anhduong.shelter.NewPlacement;
import org.anhduong.shelter.NewResidentialPlacement;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.PlacementPurpose;
import org.anhduong.shelter.SupportedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Placements: checked field by field, then, with the person and the facility locked (in that order), against the
 * person's other stays and the facility's capacity, so concurrent placements cannot over-fill a facility or put one
 * person in two places.
 */
@Component
class Placing {

    static final String PLACEMENT = "placement";

    private final Placements placements;
    private final Facilities facilities;
    private final Persons persons;
    private final SupportedPersons supported;
    private final ShelterAccess access;
    private final CaseManagement cases;
    private final AuditTrail audit;
    private final ShelterTransactions tx;
    private final ShelterClock clock;

    Placing(Placements placements, Facilities facilities, Persons persons, SupportedPersons supported,
            ShelterAccess access, CaseManagement cases, AuditTrail audit, ShelterTransactions tx, ShelterClock clock) {
        this.placements = placements;
        this.facilities = facilities;
        this.persons = persons;
        this.supported = supported;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    Placement place(Episodes.Row episode, CaseRecord found, NewPlacement p) {
        UserPrincipal user = access.user("placement.create", EpisodeService.EPISODE, episode.id());
        var checks = new Checks();
        Long personId = checks.required("personId", p.personId());
        if (personId != null && !supported.ofEpisode(episode.id()).contains(personId)) {
            checks.add("personId", "shelter.placement.notInEpisode");
        }
        Facility facility = facility(checks, p.facilityId());
        LocalDate admitted = admission(checks, p.admittedOn(), episode.startedOn());
        if (admitted != null && episode.endedOn() != null && admitted.isAfter(episode.endedOn())) {
            checks.add("admittedOn", "shelter.placement.afterEpisode");
        }
        if (facility != null && facility.kind() == FacilityKind.SOCIAL_PROTECTION) {
            checks.add("facilityId", "shelter.placement.notEmergency");
        }
        SupportedPerson person = personId == null ? null : persons.find(personId).orElse(null);
        childAllowed(checks, person, facility, admitted);
        checks.throwIfAny();
        return store(user, new Placements.New(facility.id(), personId, found.id(), found.survivorCode(),
                PlacementPurpose.EMERGENCY, episode.id(), null, admitted));
    }

    Placement placeInCare(CaseRecord found, NewResidentialPlacement p) {
        UserPrincipal user = access.user("placement.create", EpisodeService.CASE, found.id());
        Client client = cases.client(found.id());
        List<Companion> companions = cases.companions(found.id());
        var checks = new Checks();
        if (p.companionId() != null && companions.stream().noneMatch(c -> c.id() == p.companionId())) {
            checks.add("companionId", "shelter.episode.notCompanion");
        }
        Facility facility = facility(checks, p.facilityId());
        if (facility != null && (facility.kind() != FacilityKind.SOCIAL_PROTECTION || !facility.acceptsChildren())) {
            checks.add("facilityId", "shelter.care.notSocialProtection");
        }
        LocalDate admitted = admission(checks, p.admittedOn(), null);
        CareReason reason = checks.required("reason", p.reason());
        Integer birthYear = p.companionId() == null ? client.birthYear() : companions.stream()
                .filter(c -> c.id() == p.companionId()).findFirst().map(Companion::birthYear).orElse(null);
        if (admitted != null && !CareRules.child(birthYear, admitted)) {
            checks.add(p.companionId() == null ? "client" : "companionId", "shelter.care.notChild");
        }
        checks.throwIfAny();
        // One transaction: a child refused for capacity or overlap leaves no person row behind.
        return tx.run(() -> {
            long personId = supported.registerOne(client, companions, p.companionId());
            return store(user, new Placements.New(facility.id(), personId, found.id(), found.survivorCode(),
                    PlacementPurpose.RESIDENTIAL_CARE, null, reason, admitted));
        });
    }

    Placement find(long placementId) {
        UserPrincipal user = access.user("placement.read", PLACEMENT, placementId);
        Placement found = readable(user, placementId, "placement.read");
        return tx.run(() -> {
            audit.record(AuditEntry.success("placement.read", PLACEMENT, placementId));
            return found;
        });
    }

    Placement discharge(long placementId, int version, LocalDate on) {
        UserPrincipal user = access.user("placement.discharge", PLACEMENT, placementId);
        Placement found = readable(user, placementId, "placement.discharge");
        var checks = new Checks();
        checks.notBefore("dischargedOn", on, found.admittedOn());
        checks.notAfter("dischargedOn", on, clock.today());
        checks.throwIfAny();
        return tx.run(() -> {
            if (!found.open()) {
                throw new ConflictException("already-discharged", "shelter.placement.alreadyDischarged");
            }
            if (!placements.discharge(placementId, version, on, user.userId(), clock.now())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("placement.discharge", PLACEMENT, placementId));
            return placements.find(placementId).orElseThrow();
        });
    }

    /** The placement, for the facility's staff or the case's team. */
    private Placement readable(UserPrincipal user, long placementId, String action) {
        Placement found = placements.find(placementId)
                .orElseThrow(() -> access.hidden(action, PLACEMENT, placementId));
        boolean staff = facilities.find(found.facilityId()).map(f -> ShelterAccess.staffOf(user, f)).orElse(false);
        if (!staff) {
            access.teamCase(found.caseId(), action, PLACEMENT, placementId);
        }
        return found;
    }

    private Placement store(UserPrincipal user, Placements.New p) {
        return tx.run(() -> {
            persons.lock(p.personId());
            // Checked again under the lock: the facility may have been closed since the form's checks.
            Facility facility = facilities.lock(p.facilityId()).filter(Facility::active)
                    .orElseThrow(() -> new ConflictException("facility-inactive", "shelter.facility.inactive"));
            var stay = new Stay(p.admittedOn(), null);
            PlacementRules.free(placements.personStays(p.personId()), stay);
            PlacementRules.fits(facility.capacity(), placements.facilityStaysFrom(facility.id(), p.admittedOn()), stay);
            long id = placements.insert(p, user.userId(), clock.now());
            audit.record(AuditEntry.success("placement.create", PLACEMENT, id));
            return placements.find(id).orElseThrow();
        });
    }

    private @Nullable Facility facility(Checks checks, @Nullable Long facilityId) {
        Long id = checks.required("facilityId", facilityId);
        Facility facility = id == null ? null : facilities.find(id).filter(Facility::active).orElse(null);
        if (id != null && facility == null) {
            checks.add("facilityId", "shelter.placement.noFacility");
        }
        return facility;
    }

    private @Nullable LocalDate admission(Checks checks, @Nullable LocalDate admitted, @Nullable LocalDate earliest) {
        checks.required("admittedOn", admitted);
        checks.notAfter("admittedOn", admitted, clock.today());
        checks.notBefore("admittedOn", admitted, earliest);
        return admitted;
    }

    private static void childAllowed(Checks checks, @Nullable SupportedPerson person, @Nullable Facility facility,
                                     @Nullable LocalDate admitted) {
        if (person != null && facility != null && admitted != null && !facility.acceptsChildren()
                && CareRules.child(person.birthYear(), admitted)) {
            checks.add("facilityId", "shelter.placement.noChildren");
        }
    }
}
