package org.anhduong.audit.web;

import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditQuery;
import org.anhduong.audit.AuditSearch;
import org.anhduong.audit.AuditTrail;
import org.anhduong.audit.ChainVerification;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** The administrators' audit screen: filter the events, page through them, verify the chain. */
@Controller
class AuditScreenController {

    static final String PATH = "/admin/audit";
    static final String VERIFY_PATH = PATH + "/verify";
    static final String VIEW = "audit/events";

    private final AuditSearch search;
    private final AuditTrail trail;

    AuditScreenController(AuditSearch search, AuditTrail trail) {
        this.search = search;
        this.trail = trail;
    }

    @GetMapping(PATH)
    @PreAuthorize(AuditWebConfiguration.ADMINISTRATORS)
    String list(AuditFilterForm filter, Model model) {
        model.addAttribute("view", view(filter, null));
        return VIEW;
    }

    @PostMapping(VERIFY_PATH)
    @PreAuthorize(AuditWebConfiguration.ADMINISTRATORS)
    String verify(Model model) {
        model.addAttribute("view", view(AuditFilterForm.empty(), trail.verify()));
        return VIEW;
    }

    private AuditEventsView view(AuditFilterForm filter, @Nullable ChainVerification verification) {
        var read = AuditFilters.read(filter, AuditFilters.SCREEN);
        AuditQuery query = read.query();
        if (query == null) {
            return new AuditEventsView(filter, read.problems(), new AuditEvents(List.of(), 1, false), null, null, verification);
        }
        AuditEvents events = search.search(query);
        String previous = events.page() > 1 ? url(filter.withPage(events.page() - 1)) : null;
        String next = events.hasNext() ? url(filter.withPage(events.page() + 1)) : null;
        return new AuditEventsView(filter, List.of(), events, previous, next, verification);
    }

    /** The screen's address for a filter, leaving out the empty fields. */
    static String url(AuditFilterForm f) {
        var uri = UriComponentsBuilder.fromPath(PATH);
        param(uri, "user", f.user());
        param(uri, "userId", f.userId());
        param(uri, "recordType", f.recordType());
        param(uri, "recordId", f.recordId());
        param(uri, "action", f.action());
        param(uri, "outcome", f.outcome());
        param(uri, "from", f.from());
        param(uri, "to", f.to());
        param(uri, "page", f.page());
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (StringUtils.hasText(value)) {
            uri.queryParam(name, value.strip());
        }
    }
}
