package org.anhduong.shelter;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * Emergency support episodes of a case, their placements, and children's residential care.
 *
 * <p><b>Who</b>: the case's team as casework decides it ({@link org.anhduong.casework.CaseManagement}: assigned
 * worker, supervisors of the case's organisation) manages the case's episodes and placements; changes need an open
 * case ({@link ConflictException} {@code case-closed}). A placement may also be discharged by the facility's
 * organisation's shelter staff. Anyone else gets {@link NotFoundException}, audited DENIED.
 *
 * <p><b>Rules</b>: a placement is refused with {@link ConflictException} {@code capacity-exceeded} when the facility
 * would hold more persons than its capacity on any night of the stay, and {@code placement-overlap} when the person
 * already stays somewhere on one of those nights; both hold under concurrent placements (the person and the facility
 * are locked while checked). A child in residential care goes to a {@link FacilityKind#SOCIAL_PROTECTION} facility
 * that accepts children and must be under 18 when admitted.
 *
 * <p><b>Audit</b> (record type {@code episode}, {@code placement}, and {@code case} for lists of a case):
 * {@code episode.create}, {@code episode.update}, {@code episode.read}, {@code episode.list},
 * {@code placement.create}, {@code placement.discharge}, {@code placement.read}, {@code residentialCare.list}.
 */
public interface EmergencySupport {

    /** @throws InvalidInputException naming every bad field (a companion not of the case is one) */
    Episode start(long caseId, EpisodeDetails details);

    /**
     * Replaces the end, the support types and the companions.
     *
     * @throws ConflictException {@code stale-version}; {@code person-placed} when a companion with a placement in the
     *                           episode would be removed
     */
    Episode update(long episodeId, int version, EpisodeDetails details);

    Episode find(long episodeId);

    /** The case's episodes, newest first. */
    List<Episode> episodes(long caseId);

    /** Places a person of the episode in a facility. */
    Placement place(long episodeId, NewPlacement placement);

    /** Places a child of the case (the client or a companion) in residential care. */
    Placement placeInCare(long caseId, NewResidentialPlacement placement);

    /** The case's residential-care placements, newest first. */
    List<Placement> residentialCare(long caseId);

    Placement placement(long placementId);

    /**
     * Ends a stay.
     *
     * @throws InvalidInputException a day before admission or ahead of today
     * @throws ConflictException     {@code stale-version}, {@code already-discharged}
     */
    Placement discharge(long placementId, int version, LocalDate dischargedOn);
}
