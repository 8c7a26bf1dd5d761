package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.Handover;
import org.anhduong.casework.HandoverDetails;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.Handovers;
import org.anhduong.casework.NewHandoverVisit;
import org.anhduong.casework.ReceiverRelation;
import org.anhduong.casework.Wellbeing;
import org.anhduong.geography.Localities;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The case file's hand-over tab: hand-overs of the case, recorded and edited, and the follow-up visits after them. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class HandoverScreens {

    static final String TAB = "handover";
    static final String VIEW = "casework/handover/handover";
    private static final String BASE = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;

    private final Handovers handovers;
    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final HandoverEntries entries;
    private final UserDirectory directory;
    private final Localities localities;
    private final Labels labels;

    HandoverScreens(Handovers handovers, CaseManagement cases, CaseFileHeaders headers, HandoverEntries entries,
                    UserDirectory directory, Localities localities, Labels labels) {
        this.handovers = handovers;
        this.cases = cases;
        this.headers = headers;
        this.entries = entries;
        this.directory = directory;
        this.localities = localities;
        this.labels = labels;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable Long edit, Model model) {
        HandoverForm form = edit == null ? HandoverForm.empty() : HandoverForm.of(handovers.find(id, edit));
        model.addAttribute("page", page(id, form, List.of(), null, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(BASE)
    String save(@PathVariable long id, HandoverForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        var details = new HandoverDetails(values.enumOf(HandoverTo.class, form.to(), "to"),
                days.day(form.handedOverOn(), "handedOverOn"), form.communeCode(), form.receiverName(),
                values.enumOf(ReceiverRelation.class, form.receiverRelation(), "receiverRelation"),
                days.id(form.receivingOrganisationId(), "receivingOrganisationId"), form.receivingOrganisationName(),
                form.notes());
        try {
            throwIfAny(Stream.concat(values.problems().stream(), days.problems().stream()).toList());
            if (form.handoverId() == null) {
                handovers.record(id, details);
            } else {
                handovers.update(id, form.handoverId(), form.version() == null ? -1 : form.version(), details);
            }
            redirect.addFlashAttribute(CaseFileScreens.NOTICE,
                    form.handoverId() == null ? "casework.handover.recorded" : "casework.handover.updated");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, form, e.problems(), null, null));
        } catch (ConflictException refused) {
            model.addAttribute("page", page(id, HandoverForm.empty(), List.of(), alert(refused), null));
        }
        return VIEW;
    }

    @PostMapping(BASE + "/{handoverId:\\d+}/visits")
    String addVisit(@PathVariable long id, @PathVariable long handoverId, @RequestParam Map<String, String> form,
                    Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        // Each hand-over's visit inputs carry its id, so that labels and error links stay unique on the page.
        var visit = new NewHandoverVisit(days.day(form.get("visitedOn-" + handoverId), "visitedOn"),
                form.get("visitedBy-" + handoverId),
                values.enumOf(Wellbeing.class, form.get("wellbeing-" + handoverId), "wellbeing"),
                form.get("visitNotes-" + handoverId));
        try {
            throwIfAny(Stream.concat(values.problems().stream(), days.problems().stream()).toList());
            handovers.addVisit(id, handoverId, visit);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.handover.visitAdded");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            var problems = e.problems().stream().map(p -> new FieldProblem(
                    ("notes".equals(p.field()) ? "visitNotes" : p.field()) + "-" + handoverId, p.messageKey(), p.args()))
                    .toList();
            model.addAttribute("page", page(id, HandoverForm.empty(), problems, null, null));
        } catch (ConflictException refused) {
            model.addAttribute("page", page(id, HandoverForm.empty(), List.of(), alert(refused), null));
        }
        return VIEW;
    }

    /** What to say of a refusal by conflict: the record changed since it was read, or why else. */
    private static String alert(ConflictException refused) {
        return "stale-version".equals(refused.code()) ? "casework.handover.stale" : refused.messageKey();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private HandoverPage page(long id, HandoverForm form, List<FieldProblem> problems, @Nullable String alert,
                              @Nullable String notice) {
        List<Handover> found = handovers.list(id);
        CaseRecord record = cases.caseRecord(id);
        var organisations = directory.activeOrganisations().stream()
                .map(o -> new Choice(Long.toString(o.id()), o.name())).toList();
        return new HandoverPage(headers.of(record, TAB), found.stream().map(entries::of).toList(), form,
                labels.choices(HandoverTo.class), labels.choices(ReceiverRelation.class), organisations,
                labels.choices(Wellbeing.class), localities.describe(form.communeCode()),
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), notice, alert,
                FormFields.shown(LocalDate.now(Ui.ZONE)), record.status() == CaseStatus.CLOSED);
    }

    /** The tab, for every case: trafficking returnees and children alike. */
    @Configuration(proxyBeanMethods = false)
    static class Tab {

        @Bean
        CaseFileTab handoverTab() {
            return CaseFileTab.of(64, TAB, "casework.tab.handover");
        }
    }
}
