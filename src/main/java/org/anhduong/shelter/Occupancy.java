package org.anhduong.shelter;

import java.time.LocalDate;

/**
 * One line of the occupancy board: a facility, how many persons stay there on {@code on}, and how many places are
 * free.
 *
 * @param placementsVisible whether the reader may list the facility's placements (its staff)
 */
public record Occupancy(long facilityId, String name, FacilityKind kind, int capacity, boolean acceptsChildren,
                        boolean accessible, LocalDate on, int occupied, int free, boolean placementsVisible) {
}
