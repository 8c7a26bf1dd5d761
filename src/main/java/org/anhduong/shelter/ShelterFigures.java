package org.anhduong.shelter;

import org.anhduong.platform.web.InvalidInputException;

import java.time.LocalDate;

/**
 * The numbers reporting needs from shelter, aggregate only: no case, person or facility is named. Reporting calls it
 * for a period or a day; nothing is audited because nothing about a person is read out.
 */
public interface ShelterFigures {

    /**
     * Emergency support with episodes starting from {@code from} to {@code to}, both included.
     *
     * @throws InvalidInputException when {@code to} is before {@code from}
     */
    EmergencyFigures emergency(LocalDate from, LocalDate to);

    /** Children in residential care on a day. */
    CareFigures residentialCare(LocalDate on);
}
