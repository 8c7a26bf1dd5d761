package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;
import java.util.Set;

/**
 * Who may touch the directory and referrals (see {@link org.anhduong.referral.Referrals}). A referral or case the user
 * may not know of is "not found", exactly as a missing one; an action the role never allows is "forbidden". Every
 * refusal is audited DENIED before it is thrown, and {@link ReferralTransactions} commits that event.
 */
@Component
class ReferralAccess {

    static final String REFERRAL = "referral";
    static final String CASE = "case";
    /** Everyone who works in the network's offices; viewers see figures only, partners their inbox. */
    private static final Set<String> STAFF = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.HOTLINE_COUNSELLOR,
            Roles.CASE_WORKER, Roles.SHELTER_STAFF, Roles.PROGRAMME_OFFICER);
    private static final Set<String> CASE_TEAM = Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR);

    private final CaseManagement cases;
    private final AuditTrail audit;
    private final TransactionTemplate apart;

    ReferralAccess(CaseManagement cases, AuditTrail audit, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.audit = audit;
        this.apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    UserPrincipal staff(String action, String recordType) {
        return withAnyRole(STAFF, action, recordType, null);
    }

    UserPrincipal administrator(String action, String recordType) {
        return withAnyRole(Set.of(Roles.ADMINISTRATOR), action, recordType, null);
    }

    /** A case worker or supervisor (who may be on a case's team), else forbidden. */
    UserPrincipal caseworker(String action, String recordType, @Nullable Long recordId) {
        return withAnyRole(CASE_TEAM, action, recordType, recordId);
    }

    /** Whether the user's roles put her on case teams at all. */
    boolean onAnyCaseTeam(UserPrincipal user) {
        return user.roles().stream().anyMatch(CASE_TEAM::contains);
    }

    /** A partner user, else forbidden. */
    UserPrincipal partner(String action) {
        return withAnyRole(Set.of(Roles.PARTNER), action, REFERRAL, null);
    }

    /**
     * The case, when the user is on its team (casework decides, and audits the read of the case). Otherwise the action
     * is audited DENIED on {@code recordType}/{@code recordId} and answered "not found".
     */
    CaseRecord teamCase(long caseId, String action, String recordType, long recordId) {
        // In a transaction of its own: casework marks a shared transaction rollback-only when the case does not exist,
        // which would lose this module's DENIED event too.
        try {
            return Objects.requireNonNull(apart.execute(status -> cases.caseRecord(caseId)));
        } catch (NotFoundException outsideTheTeam) {
            throw hidden(action, recordType, recordId);
        }
    }

    /** The referral is to the user's own organisation and she is a partner there; otherwise "not found". */
    void receiving(UserPrincipal user, long recipientOrganisationId, String action, long referralId) {
        if (!user.hasRole(Roles.PARTNER) || user.organisationId() != recipientOrganisationId) {
            throw hidden(action, REFERRAL, referralId);
        }
    }

    ReferralHidden hidden(String action, String recordType, @Nullable Long recordId) {
        audit.record(AuditEntry.of(action, recordType, recordId, AuditOutcome.DENIED));
        return new ReferralHidden(recordType);
    }

    UserPrincipal user(String action, String recordType, @Nullable Long recordId) {
        return CurrentUser.get().orElseThrow(() -> refuse(action, recordType, recordId));
    }

    private UserPrincipal withAnyRole(Set<String> roles, String action, String recordType, @Nullable Long recordId) {
        UserPrincipal user = user(action, recordType, recordId);
        if (user.roles().stream().noneMatch(roles::contains)) {
            throw refuse(action, recordType, recordId);
        }
        return user;
    }

    private ReferralRefused refuse(String action, String recordType, @Nullable Long recordId) {
        audit.record(AuditEntry.of(action, recordType, recordId, AuditOutcome.DENIED));
        return new ReferralRefused();
    }
}
