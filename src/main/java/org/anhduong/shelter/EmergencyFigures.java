package org.anhduong.shelter;

import java.time.LocalDate;

/**
 * Emergency support over a period, aggregate only.
 *
 * @param cases                cases with an episode starting in the period
 * @param persons              distinct persons supported in those episodes (a person supported twice counts once)
 * @param accompanyingChildren those persons who are companions under 18 at the episode's start (by birth year; a
 *                             companion whose birth year is unknown counts when she is the client's child or
 *                             grandchild)
 * @param admissions           emergency placements admitted in the period
 * @param personNights         nights spent in emergency placements within the period (an open stay counts up to
 *                             today)
 */
public record EmergencyFigures(LocalDate from, LocalDate to, long cases, long persons, long accompanyingChildren,
                               long admissions, long personNights) {
}
