package org.anhduong.casework.web;

import org.anhduong.casework.Incident;
import org.anhduong.casework.Incidents;
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
 * A new incident through the GBVIMS helper: one question at a time, each answer a post. With htmx the step buttons
 * swap only the helper; without JavaScript the page is rendered again with the next question. "Save" is a plain post
 * that redirects to the new incident. Nothing is kept on the server until then.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class IncidentHelperScreens {

    private static final String PATH = IncidentScreens.PATH + "/new";
    private static final String VIEW = "casework/incident/new";
    private static final String FRAGMENT = "casework/incident/helper";

    private final Incidents incidents;
    private final IncidentHelper helper;

    IncidentHelperScreens(Incidents incidents, IncidentHelper helper) {
        this.incidents = incidents;
        this.helper = helper;
    }

    @GetMapping(PATH)
    String start(@PathVariable long id, Model model) {
        model.addAttribute("page", helper.page(id, IncidentForm.EMPTY, List.of()));
        return VIEW;
    }

    @PostMapping(PATH)
    String step(@PathVariable long id, IncidentForm form,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
                RedirectAttributes redirect) {
        if ("save".equals(form.step())) {
            try {
                Incident saved = incidents.create(id, helper.details(form));
                redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.incident.created");
                return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + IncidentScreens.TAB + "/" + saved.id();
            } catch (InvalidInputException e) {
                model.addAttribute("page", helper.page(id, form, e.problems()));
                return VIEW;
            }
        }
        IncidentHelper.Stepped next = helper.step(form);
        model.addAttribute("page", helper.page(id, next.form(), next.problems()));
        return htmx != null ? FRAGMENT : VIEW;
    }
}
