package org.anhduong.audit;

/** Whether the audited action happened, was refused by a rule, or failed. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILURE
}
