package org.anhduong.shelter;

/** Why a person stays in a facility: emergency support of an episode, or a child's residential care. */
public enum PlacementPurpose {
    EMERGENCY,
    RESIDENTIAL_CARE
}
