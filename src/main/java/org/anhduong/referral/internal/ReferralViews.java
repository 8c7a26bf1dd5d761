package org.anhduong.referral.internal;

import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralStep;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored referrals as the API shows them: with their service's and recipient's names, looked up once per list. */
@Component
class ReferralViews {

    private final DirectoryRows services;
    private final ReferralHistory history;
    private final UserDirectory directory;

    ReferralViews(DirectoryRows services, ReferralHistory history, UserDirectory directory) {
        this.services = services;
        this.history = history;
        this.directory = directory;
    }

    Referral of(StoredReferrals.Row row) {
        return of(List.of(row)).getFirst();
    }

    List<Referral> of(List<StoredReferrals.Row> rows) {
        Map<Long, String> serviceNames = new HashMap<>();
        services.findAll(rows.stream().map(StoredReferrals.Row::serviceId).distinct().toList())
                .forEach(s -> serviceNames.put(s.id(), s.name()));
        Map<Long, String> organisations = new HashMap<>();
        for (long id : rows.stream().map(StoredReferrals.Row::recipientOrganisationId).distinct().toList()) {
            organisations.put(id, directory.findOrganisation(id).map(Organisation::name).orElse(""));
        }
        return rows.stream().map(r -> new Referral(r.id(), r.version(), r.caseId(), r.survivorCode(), r.serviceId(),
                serviceNames.getOrDefault(r.serviceId(), ""), r.recipientOrganisationId(),
                organisations.getOrDefault(r.recipientOrganisationId(), ""), r.serviceType(), r.sector(), r.urgency(),
                r.status(), r.consentId(), r.emergency(), r.emergencyReason(), r.shared(), r.contact(),
                r.declineReason(), r.feedback(), r.withdrawReason(), r.sentBy(), r.sentAt(), r.answeredAt(),
                r.closedAt())).toList();
    }

    /** The referrals' steps, oldest first, with the actors' names. */
    List<ReferralStep> steps(List<Long> referralIds) {
        var steps = history.of(referralIds);
        Map<Long, String> names = directory.fullNames(steps.stream().map(ReferralHistory.Step::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return steps.stream().map(s -> new ReferralStep(s.referralId(), s.kind(), s.actorId(),
                s.actorId() == null ? null : names.get(s.actorId()), s.at())).toList();
    }
}
