package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.Incident;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Incidents;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The incidents tab of the case file, an incident's page where perpetrators are added or removed and the acts of
 * domestic violence recorded, and the form that edits its facts. Each change is made under the version the page was
 * read at; a stale one shows the latest.
 */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class IncidentScreens {

    static final String TAB = "incidents";
    static final String PATH = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;
    private static final String LIST_VIEW = "casework/incident/list";
    private static final String VIEW = "casework/incident/incident";
    private static final String EDIT_VIEW = "casework/incident/edit";

    private final Incidents incidents;
    private final IncidentPages pages;

    IncidentScreens(Incidents incidents, IncidentPages pages) {
        this.incidents = incidents;
        this.pages = pages;
    }

    @Bean
    static CaseFileTab incidentsTab() {
        return CaseFileTab.of(30, TAB, "casework.tab.incidents");
    }

    @GetMapping(PATH)
    String list(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.list(id, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return LIST_VIEW;
    }

    @GetMapping(PATH + "/{incidentId:\\d+}")
    String incident(@PathVariable long id, @PathVariable long incidentId, Model model) {
        model.addAttribute("page", pages.page(id, incidentId, IncidentPerpetratorForm.EMPTY, List.of(), false,
                (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(PATH + "/{incidentId:\\d+}/perpetrators")
    String addPerpetrator(@PathVariable long id, @PathVariable long incidentId, IncidentPerpetratorForm form,
                          Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var perpetrator = new PerpetratorDetails(
                values.enumOf(PerpetratorRelation.class, form.relation(), "relation"),
                values.enumOf(Sex.class, form.sex(), "sex"), values.enumOf(AgeGroup.class, form.ageGroup(), "ageGroup"),
                values.enumOf(Occupation.class, form.occupation(), "occupation"));
        return change(id, incidentId, form.version(), values.problems(), d -> d.withPerpetrator(perpetrator),
                "casework.incident.perpetratorAdded", form, model, redirect);
    }

    @PostMapping(PATH + "/{incidentId:\\d+}/perpetrators/{index:\\d+}/remove")
    String removePerpetrator(@PathVariable long id, @PathVariable long incidentId, @PathVariable int index,
                             IncidentActsForm form, Model model, RedirectAttributes redirect) {
        return change(id, incidentId, form.version(), List.of(), d -> without(d, index),
                "casework.incident.perpetratorRemoved", IncidentPerpetratorForm.EMPTY, model, redirect);
    }

    @GetMapping(PATH + "/{incidentId:\\d+}/edit")
    String editForm(@PathVariable long id, @PathVariable long incidentId, Model model) {
        model.addAttribute("page", pages.edit(id, incidentId, null, List.of(), false, null));
        return EDIT_VIEW;
    }

    @PostMapping(PATH + "/{incidentId:\\d+}/edit")
    String edit(@PathVariable long id, @PathVariable long incidentId, IncidentEditForm form, Model model,
                RedirectAttributes redirect) {
        try {
            var values = new FormValues();
            IncidentDetails edited = form.applyTo(incidents.find(id, incidentId).details(), values);
            if (!values.problems().isEmpty()) {
                throw new InvalidInputException(values.problems());
            }
            incidents.update(id, incidentId, form.version() == null ? -1 : form.version(), edited);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.incident.updated");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB + "/" + incidentId;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.edit(id, incidentId, form, e.problems(), false, null));
        } catch (ConflictException e) {
            boolean stale = ConflictException.staleVersion().code().equals(e.code());
            // Stale: show the latest facts, so nobody overwrites a colleague's change without seeing it.
            model.addAttribute("page", pages.edit(id, incidentId, stale ? null : form, List.of(), stale,
                    stale ? null : e.messageKey()));
        }
        return EDIT_VIEW;
    }

    @PostMapping(PATH + "/{incidentId:\\d+}/acts")
    String saveActs(@PathVariable long id, @PathVariable long incidentId, IncidentActsForm form, Model model,
                    RedirectAttributes redirect) {
        var values = new FormValues();
        List<DomesticViolenceAct> acts = (form.acts() == null ? List.<String>of() : form.acts()).stream()
                .map(a -> values.enumOf(DomesticViolenceAct.class, a, "acts")).filter(Objects::nonNull).toList();
        return change(id, incidentId, form.version(), values.problems(), d -> withActs(d, acts),
                "casework.incident.actsSaved", IncidentPerpetratorForm.EMPTY, model, redirect);
    }

    private String change(long id, long incidentId, Integer version, List<FieldProblem> formProblems,
                          UnaryOperator<IncidentDetails> edit, String notice, IncidentPerpetratorForm form,
                          Model model, RedirectAttributes redirect) {
        try {
            if (!formProblems.isEmpty()) {
                throw new InvalidInputException(formProblems);
            }
            Incident current = incidents.find(id, incidentId);
            incidents.update(id, incidentId, version == null ? -1 : version, edit.apply(current.details()));
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, notice);
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB + "/" + incidentId;
        } catch (InvalidInputException e) {
            model.addAttribute("page", pages.page(id, incidentId, form, e.problems(), false, null));
        } catch (ConflictException e) {
            boolean stale = ConflictException.staleVersion().code().equals(e.code());
            model.addAttribute("page", stale
                    ? pages.page(id, incidentId, IncidentPerpetratorForm.EMPTY, List.of(), true, null)
                    : pages.refused(id, incidentId, e.messageKey()));
        }
        return VIEW;
    }

    /** A perpetrator the page no longer lists (removed meanwhile under the same version) is a problem of the form. */
    private static IncidentDetails without(IncidentDetails d, int index) {
        if (d.perpetrators() == null || index >= d.perpetrators().size()) {
            throw new InvalidInputException("perpetrators", "validation.format");
        }
        return d.withoutPerpetrator(index);
    }

    private static IncidentDetails withActs(IncidentDetails d, List<DomesticViolenceAct> acts) {
        return new IncidentDetails(d.date(), d.timeOfDay(), d.communeCode(), d.placeType(), d.description(),
                d.answers(), d.manualType(), d.manualReason(), acts, d.perpetrators(), d.moneyOrGoodsExchanged(),
                d.abduction(), d.harmfulTraditionalPractice(), d.reportedElsewhere());
    }
}
