package org.anhduong.hotline.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calls from the telephony system on the live screen: the panel the screen polls, and "take the call", which puts its
 * number, line and times into the counsellor's draft and shows the form again.
 */
@Controller
@RequestMapping(LiveCallScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class IncomingCallScreens {

    static final String INCOMING = "/incoming";
    static final String TAKE = "/take";

    private final IncomingCalls incoming;

    IncomingCallScreens(IncomingCalls incoming) {
        this.incoming = incoming;
    }

    /**
     * The panel; "204 No Content" (htmx keeps what it shows) while nothing changed since {@code seen}. Returning no view
     * with the response in hand tells Spring the answer is complete.
     */
    @GetMapping(INCOMING)
    @Nullable String panel(@RequestParam(defaultValue = "") String seen, Model model, HttpServletResponse response) {
        IncomingView view = incoming.view();
        if (view.fingerprint().equals(seen)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        model.addAttribute("incoming", view);
        return "hotline/incoming";
    }

    @PostMapping(TAKE)
    String take(@RequestParam String callId, RedirectAttributes redirect) {
        boolean taken = incoming.take(callId).orElseThrow(() -> new NotFoundException("telephonyCall"));
        redirect.addFlashAttribute(LiveCallScreens.NOTICE, taken ? "hotline.incoming.taken" : "hotline.live.busy");
        return "redirect:" + LiveCallScreens.PATH;
    }
}
