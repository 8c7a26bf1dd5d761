package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CaseAlert;
import org.anhduong.casework.CaseAlerts;
import org.anhduong.casework.CaseSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Casework: alerts", description = "The caller's alerts about cases (supervisors: high-risk assessments).")
class AlertApi {

    static final String PATH = "/api/v1/alerts";

    private final CaseAlerts alerts;

    AlertApi(CaseAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping(PATH)
    @Operation(summary = "My alerts, unacknowledged first", description = "Audited as alert.list.")
    List<CaseAlert> mine() {
        return alerts.mine();
    }

    @GetMapping(CaseApi.PATH + "/high-risk")
    @Operation(summary = "Open cases at HIGH risk on the caller's teams, most recently opened first",
            description = "Audited as case.list.")
    List<CaseSummary> highRisk() {
        return alerts.highRiskCases();
    }

    @PostMapping(PATH + "/{alertId}/acknowledge")
    @Operation(summary = "Acknowledge one of my alerts",
            description = "404 for an alert that is not the caller's (audited DENIED); acknowledging twice keeps the "
                    + "first time.")
    CaseAlert acknowledge(@PathVariable long alertId) {
        return alerts.acknowledge(alertId);
    }
}
