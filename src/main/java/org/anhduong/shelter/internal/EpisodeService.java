package org.anhduong.shelter.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Companion;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.shelter.EmergencySupport;
import org.anhduong.shelter.Episode;
import org.anhduong.shelter.EpisodeDetails;
import org.anhduong.shelter.NewPlacement;
import org.anhduong.shelter.NewResidentialPlacement;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.SupportType;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Emergency support episodes of a case (see {@link EmergencySupport}); placements are {@link Placing}'s. */
@Service
class EpisodeService implements EmergencySupport {

    static final String EPISODE = "episode";
    static final String CASE = "case";

    private final Episodes episodes;
    private final Placements placements;
    private final SupportedPersons persons;
    private final Placing placing;
    private final ShelterAccess access;
    private final CaseManagement cases;
    private final AuditTrail audit;
    private final ShelterTransactions tx;
    private final ShelterClock clock;

    EpisodeService(Episodes episodes, Placements placements, SupportedPersons persons, Placing placing,
                   ShelterAccess access, CaseManagement cases, AuditTrail audit, ShelterTransactions tx,
                   ShelterClock clock) {
        this.episodes = episodes;
        this.placements = placements;
        this.persons = persons;
        this.placing = placing;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Episode start(long caseId, EpisodeDetails details) {
        UserPrincipal user = access.user("episode.create", CASE, caseId);
        CaseRecord found = access.openTeamCase(caseId, "episode.create", CASE, caseId);
        List<Companion> companions = cases.companions(caseId);
        EpisodeRules.Valid valid = EpisodeRules.checked(details, null, companions, clock.today());
        var client = cases.client(caseId);
        return tx.run(() -> {
            long id = episodes.insert(caseId, found.organisationId(), valid.startedOn(), valid.endedOn(),
                    valid.support(), user.userId(), clock.now());
            episodes.setPersons(id, persons.register(client, companions, valid.companionIds()));
            audit.record(AuditEntry.success("episode.create", EPISODE, id));
            return episode(episodes.find(id).orElseThrow());
        });
    }

    @Override
    public Episode update(long episodeId, int version, EpisodeDetails details) {
        UserPrincipal user = access.user("episode.update", EPISODE, episodeId);
        Episodes.Row row = row(episodeId, "episode.update");
        access.openTeamCase(row.caseId(), "episode.update", EPISODE, episodeId);
        List<Companion> companions = cases.companions(row.caseId());
        EpisodeRules.Valid valid = EpisodeRules.checked(details, row.startedOn(), companions, clock.today());
        var client = cases.client(row.caseId());
        return tx.run(() -> {
            if (!episodes.update(episodeId, version, valid.endedOn(), valid.support(), user.userId(), clock.now())) {
                throw ConflictException.staleVersion();
            }
            List<Long> kept = persons.register(client, companions, valid.companionIds());
            boolean dropsPlaced = persons.ofEpisode(episodeId).stream()
                    .anyMatch(p -> !kept.contains(p) && placements.anyOf(episodeId, p));
            if (dropsPlaced) {
                throw new ConflictException("person-placed", "shelter.episode.personPlaced");
            }
            episodes.setPersons(episodeId, kept);
            audit.record(AuditEntry.success("episode.update", EPISODE, episodeId));
            return episode(episodes.find(episodeId).orElseThrow());
        });
    }

    @Override
    public Episode find(long episodeId) {
        Episodes.Row row = row(episodeId, "episode.read");
        access.teamCase(row.caseId(), "episode.read", EPISODE, episodeId);
        return tx.run(() -> {
            audit.record(AuditEntry.success("episode.read", EPISODE, episodeId));
            return episode(row);
        });
    }

    @Override
    public List<Episode> episodes(long caseId) {
        access.teamCase(caseId, "episode.list", CASE, caseId);
        return tx.run(() -> {
            audit.record(AuditEntry.success("episode.list", CASE, caseId));
            return episodes.ofCase(caseId).stream().map(this::episode).toList();
        });
    }

    @Override
    public Placement place(long episodeId, NewPlacement placement) {
        Episodes.Row row = row(episodeId, "placement.create");
        CaseRecord found = access.openTeamCase(row.caseId(), "placement.create", EPISODE, episodeId);
        return placing.place(row, found, placement);
    }

    @Override
    public Placement placeInCare(long caseId, NewResidentialPlacement placement) {
        CaseRecord found = access.openTeamCase(caseId, "placement.create", CASE, caseId);
        return placing.placeInCare(found, placement);
    }

    @Override
    public List<Placement> residentialCare(long caseId) {
        access.teamCase(caseId, "residentialCare.list", CASE, caseId);
        return tx.run(() -> {
            audit.record(AuditEntry.success("residentialCare.list", CASE, caseId));
            return placements.ofCase(caseId, org.anhduong.shelter.PlacementPurpose.RESIDENTIAL_CARE);
        });
    }

    @Override
    public Placement placement(long placementId) {
        return placing.find(placementId);
    }

    @Override
    public Placement discharge(long placementId, int version, LocalDate dischargedOn) {
        return placing.discharge(placementId, version, dischargedOn);
    }

    private Episodes.Row row(long episodeId, String action) {
        return episodes.find(episodeId).orElseThrow(() -> access.hidden(action, EPISODE, episodeId));
    }

    private Episode episode(Episodes.Row row) {
        Set<SupportType> support = row.support();
        return new Episode(row.id(), row.version(), row.caseId(), row.startedOn(), row.endedOn(), support,
                persons.ofEpisodeOrdered(row.id()), placements.ofEpisode(row.id()));
    }
}
