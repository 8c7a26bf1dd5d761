package org.anhduong.casework.internal.consent;

import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentGiver;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.ConsentWithdrawal;
import org.anhduong.casework.NewConsent;
import org.anhduong.casework.internal.FieldChecks;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Checks consents and withdrawals as given, reporting every problem at once on the record's field names. */
@Component
class ConsentChecks {

    static final int MAX_NAME = 200;

    private final UserDirectory directory;
    private final Clock clock;

    ConsentChecks(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The consent as kept: a client's consent carries no guardian, a blank name is none, texts in NFC. */
    NewConsent valid(NewConsent c) {
        var checks = new FieldChecks();
        checks.required("purpose", c.purpose());
        checks.required("givenBy", c.givenBy());
        LocalDate givenOn = checks.required("givenOn", c.givenOn());
        if (givenOn != null && givenOn.isAfter(today())) {
            checks.add("givenOn", "casework.date.future");
        }
        if (givenOn != null && c.validUntil() != null && c.validUntil().isBefore(givenOn)) {
            checks.add("validUntil", "casework.consent.endsBeforeGiven");
        }
        boolean guardian = c.givenBy() == ConsentGiver.GUARDIAN;
        String name = guardian ? checks.text("guardianName", c.guardianName(), MAX_NAME) : null;
        if (guardian) {
            checks.required("guardianRelation", c.guardianRelation());
        }
        if (c.recipientOrganisationId() != null && !activeOrganisation(c.recipientOrganisationId())) {
            checks.add("recipientOrganisationId", "casework.organisation.unknown");
        }
        checks.throwIfAny();
        return new NewConsent(c.purpose(), c.recipientOrganisationId(), c.givenBy(), name,
                guardian ? c.guardianRelation() : null, guardian ? c.childAgreed() : null, c.givenOn(), c.validUntil());
    }

    ConsentWithdrawal valid(Consent consent, ConsentWithdrawal w) {
        var checks = new FieldChecks();
        LocalDate on = checks.required("withdrawnOn", w.withdrawnOn());
        checks.required("withdrawnBy", w.withdrawnBy());
        if (on != null && on.isAfter(today())) {
            checks.add("withdrawnOn", "casework.date.future");
        }
        if (on != null && on.isBefore(consent.givenOn())) {
            checks.add("withdrawnOn", "casework.consent.withdrawnBeforeGiven");
        }
        checks.throwIfAny();
        return w;
    }

    ConsentPurpose purpose(@Nullable ConsentPurpose purpose) {
        if (purpose == null) {
            throw new InvalidInputException("purpose", "validation.required");
        }
        return purpose;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    private boolean activeOrganisation(long id) {
        return directory.findOrganisation(id).filter(Organisation::active).isPresent();
    }
}
