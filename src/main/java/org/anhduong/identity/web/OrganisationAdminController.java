package org.anhduong.identity.web;

import org.anhduong.identity.internal.IdentityAdministration;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of organisations. The role check is the service's (and the {@code /admin/**} rule's); an invalid
 * or stale form comes back with the user's input, never half-saved.
 */
@Controller
@RequestMapping(OrganisationAdminController.PATH)
class OrganisationAdminController {

    static final String PATH = "/admin/organisations";
    private static final String LIST = "identity/organisations";
    private static final String FORM = "identity/organisationForm";

    private final IdentityAdministration administration;
    private final OrganisationPages pages;

    OrganisationAdminController(IdentityAdministration administration, OrganisationPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("page", pages.list(q));
        return LIST;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("page", pages.form(null, OrganisationForm.blank(), FieldErrors.NONE, false, false));
        return FORM;
    }

    @PostMapping
    String create(OrganisationForm form, Model model) {
        try {
            long id = administration.createOrganisation(form.input());
            return "redirect:" + PATH + "/" + id + "?done=saved";
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.form(null, form, pages.errors(e), false, false));
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String done, Model model) {
        var form = OrganisationForm.of(administration.organisation(id));
        model.addAttribute("page", pages.form(id, form, FieldErrors.NONE, false, "saved".equals(done)));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, OrganisationForm form, Model model) {
        try {
            administration.updateOrganisation(id, form.version() == null ? -1 : form.version(), form.input());
            return "redirect:" + PATH + "/" + id + "?done=saved";
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.form(id, form, pages.errors(e), false, false));
        } catch (ConflictException e) {
            model.addAttribute("page", pages.form(id, form, FieldErrors.NONE, true, false));
        }
        return FORM;
    }
}
