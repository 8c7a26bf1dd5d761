package org.anhduong.shelter;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * The registry of shelters and trusted addresses, and the occupancy board.
 *
 * <p><b>Who</b>: {@code ADMINISTRATOR} creates and changes facilities. Case workers, supervisors, administrators and
 * shelter staff see the registry and the board (free places, never who stays); shelter staff see only their own
 * organisation's facilities. A facility's address and contact person are shown to its organisation's shelter staff
 * and to administrators only. A facility's placements are listed to its organisation's shelter staff and supervisors
 * only; anyone else gets {@link NotFoundException}, audited DENIED. A role that never sees the registry gets
 * {@link ForbiddenException}.
 *
 * <p><b>Audit</b> (record type {@code facility}): {@code facility.create}, {@code facility.update},
 * {@code facility.read} (with the address), {@code facility.list}, {@code occupancy.read},
 * {@code facility.placements}.
 */
public interface ShelterRegistry {

    /** @throws InvalidInputException naming every bad field */
    Facility create(FacilityDetails details);

    /**
     * Replaces a facility's details; a null address or contact person keeps the stored one, an empty one removes it.
     *
     * @throws ConflictException {@code stale-version}; {@code capacity-below-occupancy} when fewer places than persons
     *                           staying today
     */
    Facility update(long facilityId, int version, FacilityDetails details);

    Facility find(long facilityId);

    /** Active and inactive facilities the user may see, by name. */
    List<Facility> facilities();

    /** Active facilities the user may see with their occupancy on {@code on}, by name. */
    List<Occupancy> board(LocalDate on);

    /** The placements of a facility open on {@code on} (for its staff). */
    List<Placement> placements(long facilityId, LocalDate on);
}
