package org.anhduong.casework;

import java.util.List;

/**
 * What every tab of the case file shows above its content: the case's number, the client's survivor code, the status
 * and the tab bar with the current tab marked.
 */
public record CaseFileHeader(long caseId, String caseNumber, String survivorCode, String status, String priority,
                             List<TabLink> tabs) {

    public CaseFileHeader {
        tabs = List.copyOf(tabs);
    }

    /** One tab: where it leads, its label, and whether it is the current one. */
    public record TabLink(String href, String label, boolean current) {
    }
}
