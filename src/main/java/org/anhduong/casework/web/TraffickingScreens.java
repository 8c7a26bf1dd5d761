package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.HandingAuthority;
import org.anhduong.casework.IdentificationStepKind;
import org.anhduong.casework.NewIdentificationStep;
import org.anhduong.casework.Trafficking;
import org.anhduong.casework.TraffickingDetails;
import org.anhduong.casework.TraffickingRecord;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.casework.TraffickingSupport;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/** The case file's trafficking tab, for trafficking cases: the record under its version, and identification steps. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class TraffickingScreens {

    static final String TAB = "trafficking";
    static final String VIEW = "casework/trafficking/trafficking";
    private static final String BASE = CaseFileScreens.PATH + "/{id:\\d+}/" + TAB;

    private final Trafficking trafficking;
    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final Labels labels;
    private final OrganisationNames organisations;

    TraffickingScreens(Trafficking trafficking, CaseManagement cases, CaseFileHeaders headers, Labels labels,
                       OrganisationNames organisations) {
        this.organisations = organisations;
        this.trafficking = trafficking;
        this.cases = cases;
        this.headers = headers;
        this.labels = labels;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", page(id, null, List.of(), false, (String) model.getAttribute(CaseFileScreens.NOTICE)));
        return VIEW;
    }

    @PostMapping(BASE)
    String save(@PathVariable long id, TraffickingForm form, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        var support = EnumSet.noneOf(TraffickingSupport.class);
        for (String kind : form.support() == null ? List.<String>of() : form.support()) {
            TraffickingSupport value = values.enumOf(TraffickingSupport.class, kind, "support");
            if (value != null) {
                support.add(value);
            }
        }
        var details = new TraffickingDetails(values.enumOf(TraffickingStatus.class, form.status(), "status"),
                days.day(form.returnDate(), "returnDate"), form.returnPlace(),
                values.enumOf(HandingAuthority.class, form.handedOverBy(), "handedOverBy"), form.handedOverByDetail(),
                support);
        try {
            throwIfAny(Stream.concat(values.problems().stream(), days.problems().stream()).toList());
            trafficking.update(id, form.version() == null ? -1 : form.version(), details);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.trafficking.saved");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, form, e.problems(), false, null));
        } catch (ConflictException stale) {
            model.addAttribute("page", page(id, null, List.of(), true, null));
        }
        return VIEW;
    }

    @PostMapping(BASE + "/steps")
    String addStep(@PathVariable long id, @RequestParam(required = false) @Nullable String stepKind,
                   @RequestParam(required = false) @Nullable String takenOn,
                   @RequestParam(required = false) @Nullable String stepNote, Model model, RedirectAttributes redirect) {
        var values = new FormValues();
        var days = new FormFields();
        var step = new NewIdentificationStep(values.enumOf(IdentificationStepKind.class, stepKind, "kind"),
                days.day(takenOn, "takenOn"), stepNote);
        try {
            throwIfAny(Stream.concat(values.problems().stream(), days.problems().stream()).toList());
            trafficking.addStep(id, step);
            redirect.addFlashAttribute(CaseFileScreens.NOTICE, "casework.trafficking.stepAdded");
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            var problems = e.problems().stream().map(p -> new FieldProblem(switch (p.field()) {
                case "kind" -> "stepKind";
                case "note" -> "stepNote";
                default -> p.field();
            }, p.messageKey(), p.args())).toList();
            model.addAttribute("page", page(id, null, problems, false, null));
            return VIEW;
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private TraffickingPage page(long id, @Nullable TraffickingForm posted, List<FieldProblem> problems, boolean stale,
                                 @Nullable String notice) {
        TraffickingRecord stored = trafficking.find(id);
        CaseRecord found = cases.caseRecord(id);
        TraffickingStatus current = stored.details().status();
        var statuses = Arrays.stream(TraffickingStatus.values()).filter(current::mayMoveTo)
                .map(s -> new Choice(s.name(), labels.of(s))).toList();
        var steps = stored.steps().stream()
                .map(s -> new TraffickingPage.Step(s.takenOn(), labels.of(s.kind()), s.note())).toList();
        var handovers = stored.handovers().stream().map(h -> new TraffickingPage.Handed(h.handedOverOn(),
                labels.of(h.to()), organisations.name(h.receivingOrganisationId(), h.receivingOrganisationName())))
                .toList();
        return new TraffickingPage(headers.of(found, TAB), posted == null ? TraffickingForm.of(stored) : posted,
                statuses, labels.choices(HandingAuthority.class), labels.choices(TraffickingSupport.class),
                labels.choices(IdentificationStepKind.class), steps, handovers,
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), stale, notice,
                found.status() == CaseStatus.CLOSED);
    }

    /** The tab, shown for trafficking cases only. */
    @org.springframework.stereotype.Component
    static class Tab implements CaseFileTab {

        @Override
        public int order() {
            return 60;
        }

        @Override
        public String path() {
            return TAB;
        }

        @Override
        public String labelKey() {
            return "casework.tab.trafficking";
        }

        @Override
        public boolean shownFor(CaseRecord found) {
            return found.type() == CaseType.TRAFFICKING;
        }
    }
}
