package org.anhduong.casework.internal;

/**
 * Keeps the reports' row of each case ({@code casework_case_figures}) equal to the records: every write of what a case
 * is counted by (opening, transfer, closure or reopening, the client, an incident) calls it, after writing, in the same
 * transaction, so a report never sees one without the other. A caller that wrote rows referencing the case (an
 * incident) locks the case first, and one that opens a case locks its client first: the update locks taken here then
 * come in the same order for every writer.
 */
public interface FigureUpkeep {

    /** The case was opened, or something it is counted by changed. */
    void caseChanged(long caseId);

    /** The client changed: each of her cases is counted by her sex, age group and birth date. */
    void clientChanged(long clientId);
}
