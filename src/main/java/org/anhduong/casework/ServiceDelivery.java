package org.anhduong.casework;

import java.time.LocalDate;

/** A service given, for reporting: ids, type and date, nothing about the person. */
public record ServiceDelivery(long serviceId, long caseId, long organisationId, ServiceType type, LocalDate givenOn) {
}
