package org.anhduong.shelter.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileFrame;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.shelter.Occupancy;
import org.anhduong.shelter.CareReason;
import org.anhduong.shelter.EmergencySupport;
import org.anhduong.shelter.EpisodeDetails;
import org.anhduong.shelter.FacilityKind;
import org.anhduong.shelter.NewPlacement;
import org.anhduong.shelter.NewResidentialPlacement;
import org.anhduong.shelter.ShelterRegistry;
import org.anhduong.shelter.SupportType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/** The case file's "Emergency support" tab: episodes, their persons and placements, for the case's team. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class EmergencyScreens {

    static final String TAB = "emergency";
    static final String VIEW = "shelter/emergency";
    /** The value of the care form's child choice that names the client herself. */
    static final String CLIENT = "client";
    private static final String BASE = "/cases/{id:\\d+}/" + TAB;

    private final EmergencySupport support;
    private final ShelterRegistry registry;
    private final CaseManagement cases;
    private final CaseFileFrame frame;
    private final PersonLabels labels;
    private final ShelterDays days;
    private final MessageSource messages;

    EmergencyScreens(EmergencySupport support, ShelterRegistry registry, CaseManagement cases, CaseFileFrame frame,
                     PersonLabels labels, ShelterDays days, MessageSource messages) {
        this.support = support;
        this.registry = registry;
        this.cases = cases;
        this.frame = frame;
        this.labels = labels;
        this.days = days;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", page(id, FormErrors.NONE, (String) model.getAttribute(BoardScreens.NOTICE), null));
        return VIEW;
    }

    @PostMapping(BASE + "/episodes")
    String start(@PathVariable long id, @RequestParam(required = false) @Nullable String startedOn,
                 @RequestParam(required = false) @Nullable List<String> support,
                 @RequestParam(required = false) @Nullable List<Long> companionIds, Model model,
                 RedirectAttributes redirect) {
        var dates = new FormFields();
        var kinds = EnumSet.noneOf(SupportType.class);
        for (String kind : support == null ? List.<String>of() : support) {
            EnumSet.allOf(SupportType.class).stream().filter(k -> k.name().equals(kind)).forEach(kinds::add);
        }
        var details = new EpisodeDetails(dates.day(startedOn, "startedOn"), null, kinds, companionIds);
        return act(id, dates, () -> this.support.start(id, details), "shelter.episode.started", model, redirect);
    }

    @PostMapping(BASE + "/episodes/{episodeId:\\d+}/placements")
    String place(@PathVariable long id, @PathVariable long episodeId,
                 @RequestParam(required = false) @Nullable String personId,
                 @RequestParam(required = false) @Nullable String facilityId,
                 @RequestParam(required = false) @Nullable String admittedOn, Model model, RedirectAttributes redirect) {
        var dates = new FormFields();
        var placement = new NewPlacement(dates.id(personId, "personId"), dates.id(facilityId, "facilityId"),
                dates.day(admittedOn, "admittedOn"));
        return act(id, dates, () -> support.place(episodeId, placement), "shelter.placement.placed", model, redirect);
    }

    @PostMapping(BASE + "/care")
    String placeInCare(@PathVariable long id, @RequestParam(required = false) @Nullable String child,
                       @RequestParam(required = false) @Nullable String careFacilityId,
                       @RequestParam(required = false) @Nullable String careAdmittedOn,
                       @RequestParam(required = false) @Nullable String reason, Model model,
                       RedirectAttributes redirect) {
        var dates = new FormFields();
        Long companion = CLIENT.equals(child) ? null : dates.id(child, "companionId");
        if (child == null || child.isBlank()) {
            dates.problem("companionId", "validation.required");
        }
        CareReason why = EnumSet.allOf(CareReason.class).stream().filter(r -> r.name().equals(reason)).findFirst()
                .orElse(null);
        var placement = new NewResidentialPlacement(companion, dates.id(careFacilityId, "facilityId"),
                dates.day(careAdmittedOn, "admittedOn"), why);
        return act(id, dates, () -> support.placeInCare(id, placement), "shelter.care.placed", model, redirect);
    }

    @PostMapping(BASE + "/placements/{placementId:\\d+}/discharge")
    String discharge(@PathVariable long id, @PathVariable long placementId, @RequestParam int version,
                     @RequestParam(required = false) @Nullable String dischargedOn, Model model,
                     RedirectAttributes redirect) {
        var dates = new FormFields();
        var day = dates.day(dischargedOn, "dischargedOn");
        return act(id, dates, () -> support.discharge(placementId, version, day == null ? days.today() : day),
                "shelter.placement.discharged", model, redirect);
    }

    /** Runs a change; back to the tab with a notice, or the tab again with the problems. */
    private String act(long id, FormFields dates, Supplier<?> change, String notice, Model model,
                       RedirectAttributes redirect) {
        try {
            if (!dates.problems().isEmpty()) {
                throw new InvalidInputException(dates.problems());
            }
            change.get();
            redirect.addFlashAttribute(BoardScreens.NOTICE, notice);
            return "redirect:/cases/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            boolean care = notice.equals("shelter.care.placed");
            model.addAttribute("page", page(id, care ? careErrors(e.problems()) : errors(e.problems()), null, null));
        } catch (ConflictException e) {
            model.addAttribute("page", page(id, FormErrors.NONE, null, e.messageKey()));
        }
        return VIEW;
    }

    private FormErrors errors(List<FieldProblem> problems) {
        return FormErrors.of(problems, messages, LocaleContextHolder.getLocale());
    }

    private FormErrors careErrors(List<FieldProblem> problems) {
        return errors(problems.stream().map(EmergencyScreens::careField).toList());
    }

    /** The care form's fields are named apart from the episode's; the service names them as the API does. */
    private static FieldProblem careField(FieldProblem p) {
        return switch (p.field()) {
            case "companionId", "client" -> new FieldProblem("child", p.messageKey(), p.args());
            case "facilityId" -> new FieldProblem("careFacilityId", p.messageKey(), p.args());
            case "admittedOn" -> new FieldProblem("careAdmittedOn", p.messageKey(), p.args());
            default -> p;
        };
    }

    private EmergencyPage page(long id, FormErrors errors, @Nullable String notice, @Nullable String refusal) {
        CaseRecord found = cases.caseRecord(id);
        var episodes = support.episodes(id).stream().map(e -> EmergencyPage.EpisodeView.of(e, labels)).toList();
        var companions = cases.companions(id).stream()
                .map(c -> new Choice(String.valueOf(c.id()), labels.of(c))).toList();
        var supports = new ArrayList<Choice>();
        for (SupportType type : SupportType.values()) {
            supports.add(new Choice(type.name(), labels.text("shelter.support." + type.name())));
        }
        var board = registry.board(days.today());
        var facilities = board.stream()
                .filter(o -> o.kind() != FacilityKind.SOCIAL_PROTECTION)
                .map(o -> new Choice(String.valueOf(o.facilityId()), labels.text("shelter.facility.choice", o.name(),
                        labels.text("shelter.kind." + o.kind().name()), o.free()))).toList();
        var care = new EmergencyPage.Care(
                support.residentialCare(id).stream().map(p -> EmergencyPage.PlacementView.of(p, labels)).toList(),
                children(companions), careFacilities(board),
                EnumSet.allOf(CareReason.class).stream()
                        .map(r -> new Choice(r.name(), labels.text("shelter.reason." + r.name()))).toList());
        return new EmergencyPage(frame.header(found, TAB), episodes, companions, supports, facilities, care, errors,
                notice, refusal, found.status() == CaseStatus.CLOSED, FormFields.shown(days.today()));
    }

    private List<Choice> children(List<Choice> companions) {
        var children = new ArrayList<Choice>();
        children.add(new Choice(CLIENT, labels.text("shelter.person.client")));
        children.addAll(companions);
        return children;
    }

    private List<Choice> careFacilities(List<Occupancy> board) {
        return board.stream()
                .filter(o -> o.kind() == FacilityKind.SOCIAL_PROTECTION && o.acceptsChildren())
                .map(o -> new Choice(String.valueOf(o.facilityId()), labels.text("shelter.facility.choice", o.name(),
                        labels.text("shelter.kind." + o.kind().name()), o.free()))).toList();
    }
}
