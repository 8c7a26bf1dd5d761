package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.OpenedCase;
import org.anhduong.casework.PossibleDuplicateException;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "new case" form: blank, or pre-filled from a hotline contact ({@code ?contact=} carries only the contact's id).
 * A possible duplicate holds the save back until the user ticks "this is another person". A case the user is on the
 * team of opens its file; otherwise (a counsellor) the confirmation shows only the case number.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "', '" + Roles.HOTLINE_COUNSELLOR + "')")
class NewCaseScreens {

    static final String PATH = "/cases/new";
    static final String OPENED = "/cases/opened";
    static final String VIEW = "casework/new";

    private final CaseManagement cases;
    private final NewCasePages pages;

    NewCaseScreens(CaseManagement cases, NewCasePages pages) {
        this.cases = cases;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "contact", required = false) @Nullable Long contactId, Model model) {
        model.addAttribute("page", contactId == null ? pages.page(NewCaseForm.blank(), java.util.List.of(), java.util.List.of())
                : pages.prefilled(NewCaseForm.of(cases.draftFromContact(contactId), contactId)));
        return VIEW;
    }

    @PostMapping(PATH)
    String open(NewCaseForm form, Model model, RedirectAttributes redirect) {
        var read = pages.read(form);
        if (!read.problems().isEmpty()) {
            model.addAttribute("page", pages.page(form, read.problems(), read.companions()));
            return VIEW;
        }
        try {
            OpenedCase opened = cases.open(read.draft());
            redirect.addFlashAttribute("openedNumber", opened.caseNumber());
            return opened.onTeam() ? "redirect:" + CaseFileScreens.PATH + "/" + opened.id() : "redirect:" + OPENED;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.page(form, e.problems(), read.companions()));
        } catch (PossibleDuplicateException e) {
            model.addAttribute("page", pages.duplicate(form, e));
        }
        return VIEW;
    }

    @GetMapping(OPENED)
    String opened(Model model) {
        if (model.getAttribute("openedNumber") == null) {
            return "redirect:" + PATH;
        }
        return "casework/opened";
    }
}
