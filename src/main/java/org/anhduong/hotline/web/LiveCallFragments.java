package org.anhduong.hotline.web;

import jakarta.servlet.http.HttpSession;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;

/**
 * The pieces htmx swaps into the live-call screen while the counsellor types. All are POSTs: a phone number and a
 * draft are nobody's business in a URL or an access log. (The commune search is geography's picker.)
 */
@Controller
@RequestMapping(LiveCallScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class LiveCallFragments {

    static final String HISTORY = "/caller";
    static final String DRAFT = "/draft";

    private final HistoryViews histories;
    private final LiveDrafts drafts;
    private final Clock clock;

    LiveCallFragments(HistoryViews histories, LiveDrafts drafts, Clock clock) {
        this.histories = histories;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** The history panel; {@code complete} when the counsellor left the field rather than paused typing. */
    @PostMapping(HISTORY)
    String history(@RequestParam(defaultValue = "") String callerPhone,
                   @RequestParam(defaultValue = "false") boolean complete, Model model) {
        model.addAttribute("history", histories.of(callerPhone, complete));
        return "hotline/historyFragment";
    }

    /** Autosave: keeps the form as the draft, stamping when the call started on the first save. */
    @PostMapping(DRAFT)
    String draft(ContactForm form, Model model, HttpSession session) {
        ContactForm started = form.startedAt(FormTimes.instant(clock.instant()));
        model.addAttribute("savedAt", drafts.keep(started, session).orElse(null));
        model.addAttribute("startedAt", started.startedAt());
        return "hotline/draftStatus";
    }
}
