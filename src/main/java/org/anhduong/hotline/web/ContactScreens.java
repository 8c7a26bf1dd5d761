package org.anhduong.hotline.web;

import org.anhduong.hotline.Hotline;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/**
 * One contact: read (audited), edited under its version, marked "do not call back" (whatever the version: it only
 * makes the contact safer) and linked to a case.
 */
@Controller
@RequestMapping(ContactScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class ContactScreens {

    static final String PATH = ContactListScreens.PATH;
    static final String VIEW = "hotline/contact";
    static final String NOTICE = "contactNotice";

    private final Hotline hotline;
    private final ContactPages pages;
    private final Clock clock;

    ContactScreens(Hotline hotline, ContactPages pages, Clock clock) {
        this.hotline = hotline;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.stored(id, (String) model.getAttribute(NOTICE)));
        return VIEW;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, ContactForm form, Model model, RedirectAttributes redirect) {
        int version = form.version() == null ? -1 : form.version();
        try {
            hotline.update(id, version, current -> FormReading.read(form, current, null, clock).orThrow());
            return done(id, "hotline.contact.saved", redirect);
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.posted(id, form, e.problems(), false));
        } catch (ConflictException stale) {
            model.addAttribute("page", pages.posted(id, form, List.of(), true));
        }
        return VIEW;
    }

    @PostMapping("/{id}/do-not-call-back")
    String doNotCallBack(@PathVariable long id, RedirectAttributes redirect) {
        hotline.markDoNotCallBack(id);
        return done(id, "hotline.contact.markedDoNotCallBack", redirect);
    }

    @PostMapping("/{id}/case")
    String linkCase(@PathVariable long id, @RequestParam(defaultValue = "") String caseRef, Model model,
                    RedirectAttributes redirect) {
        try {
            hotline.linkToCase(id, caseRef.strip());
            return done(id, "hotline.contact.linked", redirect);
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.caseRefused(id, caseRef, e.problems()));
            return VIEW;
        }
    }

    private static String done(long id, String noticeKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NOTICE, noticeKey);
        return "redirect:" + PATH + "/" + id;
    }
}
