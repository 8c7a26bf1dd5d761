package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ConsentPurpose;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded consent as the consent rule sees it.
 *
 * @param id                      the consent record's id, named in the decision it supports
 * @param recipientOrganisationId the organisation it names, or {@code null} for any recipient for that purpose
 * @param childAgreed             the child's own agreement when a guardian consented; {@code null} when not asked
 * @param withdrawnOn             the day it was withdrawn (it no longer counts from that day on), or {@code null}
 * @param validUntil              the last day it counts, or {@code null} when it runs until withdrawn
 */
public record ConsentFact(long id, ConsentPurpose purpose, @Nullable Long recipientOrganisationId, GivenBy givenBy,
                          @Nullable Boolean childAgreed, LocalDate givenOn, @Nullable LocalDate withdrawnOn,
                          @Nullable LocalDate validUntil) {

    /** Who gave the consent. */
    public enum GivenBy {
        CLIENT,
        /** A parent or legal guardian, for a child. */
        GUARDIAN;

        public String labelKey() {
            return "casework.consentGivenBy." + name();
        }
    }

    public ConsentFact {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(givenOn, "givenOn");
        if (withdrawnOn != null && withdrawnOn.isBefore(givenOn)) {
            throw new IllegalArgumentException("a consent cannot be withdrawn before it was given");
        }
        if (validUntil != null && validUntil.isBefore(givenOn)) {
            throw new IllegalArgumentException("a consent cannot end before it was given");
        }
    }

    boolean withdrawnBy(LocalDate day) {
        return withdrawnOn != null && !day.isBefore(withdrawnOn);
    }

    boolean expiredBy(LocalDate day) {
        return validUntil != null && day.isAfter(validUntil);
    }
}
