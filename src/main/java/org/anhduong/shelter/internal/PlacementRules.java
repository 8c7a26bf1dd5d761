package org.anhduong.shelter.internal;

import org.anhduong.platform.web.ConflictException;

import java.util.List;

/**
 * The two rules of a placement: a facility never holds more persons than its capacity on any night, and a person never
 * stays in two places on the same night. Pure functions over the stays already there, read while the facility and
 * the person are locked.
 */
final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * The most persons the facility holds on one night of {@code candidate}: occupancy only rises when a stay begins,
     * so the nights to look at are the candidate's first and every later beginning inside it.
     */
    static int peakDuring(List<Stay> staying, Stay candidate) {
        int peak = 0;
        for (Stay night : staying) {
            if (candidate.covers(night.from())) {
                peak = Math.max(peak, countOn(staying, night.from()));
            }
        }
        return Math.max(peak, countOn(staying, candidate.from()));
    }

    private static int countOn(List<Stay> staying, java.time.LocalDate night) {
        return (int) staying.stream().filter(s -> s.covers(night)).count();
    }

    /** @throws ConflictException {@code capacity-exceeded} when one more person would not fit on some night */
    static void fits(int capacity, List<Stay> staying, Stay candidate) {
        if (!candidate.empty() && peakDuring(staying, candidate) + 1 > capacity) {
            throw new ConflictException("capacity-exceeded", "shelter.placement.capacityExceeded", capacity);
        }
    }

    /** @throws ConflictException {@code placement-overlap} when the person already stays somewhere then */
    static void free(List<Stay> personStays, Stay candidate) {
        if (personStays.stream().anyMatch(candidate::overlaps)) {
            throw new ConflictException("placement-overlap", "shelter.placement.overlap");
        }
    }
}
