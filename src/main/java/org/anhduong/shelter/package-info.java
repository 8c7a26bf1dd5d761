/**
 * Safe shelter and emergency support: the registry of shelters and trusted addresses with their occupancy, emergency
 * support episodes of a case with the persons supported and their placements, children in residential care, and the
 * aggregate figures reporting counts. Entry points: {@link org.anhduong.shelter.ShelterRegistry},
 * {@link org.anhduong.shelter.EmergencySupport} and {@link org.anhduong.shelter.ShelterFigures}. Persons come from
 * casework's {@link org.anhduong.casework.CaseManagement}; no name is ever copied here.
 */
@ApplicationModule(displayName = "Shelter")
@NullMarked
package org.anhduong.shelter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
