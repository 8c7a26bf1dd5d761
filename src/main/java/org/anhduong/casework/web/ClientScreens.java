package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The "client and companions" tab. The name is hidden until "show name" (a POST, audited each time; htmx swaps in just
 * the name, without htmx the page is rendered again with it). Companions are added here, and the client's details
 * edited under the version the form was read at.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class ClientScreens {

    static final String VIEW = "casework/client";
    static final String EDIT_VIEW = "casework/clientEdit";
    static final String COMPANION_VIEW = "casework/companionEdit";
    private static final String PATH = CaseFileScreens.PATH + "/{id:\\d+}/" + CaseFileTabs.CLIENT;

    private final CaseManagement cases;
    private final ClientPages pages;
    private final ClientEdits edits;

    ClientScreens(CaseManagement cases, ClientPages pages, ClientEdits edits) {
        this.cases = cases;
        this.pages = pages;
        this.edits = edits;
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

    @GetMapping(PATH + "/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("page", edits.page(id, null, List.of(), false, null));
        return EDIT_VIEW;
    }

    @PostMapping(PATH + "/edit")
    String edit(@PathVariable long id, ClientForm form, Model model, RedirectAttributes redirect) {
        var read = edits.read(form);
        try {
            if (!read.problems().isEmpty()) {
                throw new InvalidInputException(read.problems());
            }
            cases.updateClient(id, form.version() == null ? -1 : form.version(), read.details());
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.client.updated");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + CaseFileTabs.CLIENT;
        } catch (InvalidInputException e) {
            model.addAttribute("page", edits.page(id, form, e.problems(), false, null));
        } catch (ConflictException e) {
            boolean stale = ConflictException.staleVersion().code().equals(e.code());
            // Stale: show the latest details, so nobody overwrites a colleague's change without seeing it.
            model.addAttribute("page", edits.page(id, stale ? null : form, List.of(), stale,
                    stale ? null : e.messageKey()));
        }
        return EDIT_VIEW;
    }

    @PostMapping(PATH + "/companions")
    String addCompanion(@PathVariable long id, CompanionForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var details = form.details(values);
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

    @GetMapping(PATH + "/companions/{companionId:\\d+}/edit")
    String companionForm(@PathVariable long id, @PathVariable long companionId, Model model) {
        model.addAttribute("page", pages.companion(id, companionId, null, List.of(), false, null));
        return COMPANION_VIEW;
    }

    @PostMapping(PATH + "/companions/{companionId:\\d+}/edit")
    String correctCompanion(@PathVariable long id, @PathVariable long companionId, CompanionForm form, Model model,
                            RedirectAttributes redirect) {
        var values = new FormValues();
        var details = form.details(values);
        try {
            if (!values.problems().isEmpty()) {
                throw new InvalidInputException(values.problems());
            }
            cases.updateCompanion(id, companionId, form.version() == null ? -1 : form.version(), details);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.client.companionUpdated");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + CaseFileTabs.CLIENT;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.companion(id, companionId, form, e.problems(), false, null));
        } catch (ConflictException e) {
            boolean stale = ConflictException.staleVersion().code().equals(e.code());
            model.addAttribute("page", pages.companion(id, companionId, stale ? null : form, List.of(), stale,
                    stale ? null : e.messageKey()));
        }
        return COMPANION_VIEW;
    }

    @PostMapping(PATH + "/companions/{companionId:\\d+}/remove")
    String removeCompanion(@PathVariable long id, @PathVariable long companionId,
                           @RequestParam(required = false) @Nullable Integer version, Model model,
                           RedirectAttributes redirect) {
        try {
            cases.removeCompanion(id, companionId, version == null ? -1 : version);
        } catch (ConflictException e) {
            // Changed meanwhile, or the case is closed: the tab shows the latest list and why nothing was removed.
            boolean stale = ConflictException.staleVersion().code().equals(e.code());
            model.addAttribute("page", pages.page(id, null, CompanionForm.EMPTY, List.of(), null,
                    stale ? "casework.client.companionStale" : e.messageKey()));
            return VIEW;
        }
        redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.client.companionRemoved");
        return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + CaseFileTabs.CLIENT;
    }
}
