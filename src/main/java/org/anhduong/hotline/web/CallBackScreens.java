package org.anhduong.hotline.web;

import org.anhduong.hotline.CallBack;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.Outcome;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The call-back queue. "Call back" puts the number into the counsellor's live-call form as an outgoing call-back, so
 * the number is never typed again nor shown in the queue; a number anyone marked "do not call back" is refused even
 * when asked for directly.
 */
@Controller
@RequestMapping(CallBackScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class CallBackScreens {

    static final String PATH = "/hotline/callbacks";
    static final String NOTICE = "callBackNotice";

    private final Hotline hotline;
    private final LiveDrafts drafts;
    private final HotlineLabels labels;
    private final Clock clock;

    CallBackScreens(Hotline hotline, LiveDrafts drafts, HotlineLabels labels, Clock clock) {
        this.hotline = hotline;
        this.drafts = drafts;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    String queue(Model model) {
        Instant now = clock.instant();
        Map<Long, String> lines = labels.lineNumbers();
        var rows = hotline.callBacks().stream().map(c -> row(c, now, lines)).toList();
        model.addAttribute("page", new CallBacksPage(rows, LiveDrafts.canRecord(), (String) model.getAttribute(NOTICE)));
        return "hotline/callbacks";
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        Contact contact = hotline.find(id);
        ContactDraft d = contact.details();
        if (d.callerPhone() == null || hotline.lookupCaller(d.callerPhone()).doNotCallBack()) {
            redirect.addFlashAttribute(NOTICE, "hotline.callBacks.refused");
            return "redirect:" + PATH;
        }
        var call = new ContactForm.CallStart(null, d.lineId() == null ? null : d.lineId().toString(),
                Direction.CALL_BACK.name(), null, null, d.callerPhone(), false);
        if (!drafts.start(call)) {
            redirect.addFlashAttribute(NOTICE, "hotline.live.busy");
            return "redirect:" + PATH;
        }
        redirect.addFlashAttribute(LiveCallScreens.NOTICE, "hotline.callBacks.started");
        return "redirect:" + LiveCallScreens.PATH;
    }

    private CallBackRow row(CallBack c, Instant now, Map<Long, String> lines) {
        String window = c.hasWindow() ? FormTimes.time(c.callBackFrom()) + "–" + FormTimes.time(c.callBackTo()) : "";
        String state = !c.hasWindow() ? "none" : c.insideWindow(now) ? "inside" : "outside";
        String reason = c.outcome() == Outcome.CALL_BACK_SCHEDULED ? labels.of(c.outcome()) : labels.of(c.type());
        return new CallBackRow(c.contactId(), c.due(), c.overdue(now), c.receivedAt(), reason, labels.of(c.urgency()),
                c.urgency() != Urgency.ROUTINE, c.gbvRelated(), c.lineId() == null ? "" : lines.getOrDefault(c.lineId(), ""),
                window, state);
    }
}
