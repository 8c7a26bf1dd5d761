package org.anhduong.casework.web;

import java.time.Instant;

/** One case in a list, as shown: labels in the user's language, the worker's name or "not assigned". */
public record CaseRow(long id, String caseNumber, String survivorCode, String type, String status, String priority,
                      String risk, boolean highRisk, Instant openedAt, String worker) {

    public String href() {
        return CaseFileScreens.PATH + "/" + id;
    }
}
