package org.anhduong.hotline.web;

import jakarta.servlet.http.HttpSession;
import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live-call screen: one form per call, saved in one action, non-data contacts in one click, the draft restored
 * on reload. After a save the browser is redirected (so a reload does not post again) to a fresh form; what was saved
 * travels in the flash, never in the URL.
 */
@Controller
@RequestMapping(LiveCallScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class LiveCallScreens {

    static final String PATH = "/hotline/live";
    static final String VIEW = "hotline/live";
    static final String SAVED = "savedContact";
    static final String NOTICE = "liveNotice";

    private final LivePages pages;
    private final LiveSaving saving;
    private final LiveDrafts drafts;

    LiveCallScreens(LivePages pages, LiveSaving saving, LiveDrafts drafts) {
        this.pages = pages;
        this.saving = saving;
        this.drafts = drafts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("page", pages.current((Long) model.getAttribute(SAVED), (String) model.getAttribute(NOTICE)));
        return VIEW;
    }

    @PostMapping
    String save(ContactForm form, Model model, RedirectAttributes redirect, HttpSession session) {
        return outcome(saving.save(form, session), form, model, redirect);
    }

    /** One of the non-data buttons ("Im lặng", "Gác máy"…): records that type at once. */
    @PostMapping("/quick")
    String quick(ContactForm form, @RequestParam String quick, Model model, RedirectAttributes redirect,
                 HttpSession session) {
        return outcome(saving.quick(form, quick, session), form, model, redirect);
    }

    @PostMapping("/discard")
    String discard(RedirectAttributes redirect) {
        drafts.discard();
        redirect.addFlashAttribute(NOTICE, "hotline.live.discarded");
        return "redirect:" + PATH;
    }

    private String outcome(LiveSaving.Outcome outcome, ContactForm form, Model model, RedirectAttributes redirect) {
        Long saved = outcome.saved();
        if (saved != null) {
            redirect.addFlashAttribute(SAVED, saved);
            if (outcome.notice() != null) {
                redirect.addFlashAttribute(NOTICE, outcome.notice());
            }
            return "redirect:" + PATH;
        }
        model.addAttribute("page", pages.failed(form, outcome.problems(), outcome.notice()));
        return VIEW;
    }
}
