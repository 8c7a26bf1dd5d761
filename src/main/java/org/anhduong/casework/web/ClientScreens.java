package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The "client and companions" tab. The name is hidden until "show name" (a POST, audited each time; htmx swaps in just
 * the name, without htmx the page is rendered again with it). Companions are added here.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class ClientScreens {

    static final String VIEW = "casework/client";
    private static final String PATH = CaseFileScreens.PATH + "/{id:\\d+}/" + CaseFileTabs.CLIENT;

    private final CaseManagement cases;
    private final ClientPages pages;

    ClientScreens(CaseManagement cases, ClientPages pages) {
        this.cases = cases;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String client(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.page(id, null, CompanionForm.EMPTY, List.of(),
                (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(PATH + "/name")
    String revealName(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                      Model model) {
        RevealedName name = pages.reveal(id);
        if (htmx != null) {
            model.addAttribute("name", name);
            return "casework/clientName";
        }
        model.addAttribute("page", pages.page(id, name, CompanionForm.EMPTY, List.of(), null));
        return VIEW;
    }

    @PostMapping(PATH + "/companions")
    String addCompanion(@PathVariable long id, CompanionForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var details = new CompanionDetails(values.enumOf(CompanionRelation.class, form.relation(), "relation"),
                values.enumOf(Sex.class, form.sex(), "sex"), form.dateOfBirth(), form.name());
        try {
            if (!values.problems().isEmpty()) {
                throw new InvalidInputException(values.problems());
            }
            cases.addCompanion(id, details);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.client.companionAdded");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + CaseFileTabs.CLIENT;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.page(id, null, form, e.problems(), null));
            return VIEW;
        }
    }
}
