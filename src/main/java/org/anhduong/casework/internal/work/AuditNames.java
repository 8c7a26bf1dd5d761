package org.anhduong.casework.internal.work;

/** Record types of case work's audit events: reads and changes of a case's parts are recorded against the case. */
final class AuditNames {

    static final String CASE = "case";
    static final String ALERT = "alert";

    private AuditNames() {
    }
}
