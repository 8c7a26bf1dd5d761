package org.anhduong.shelter.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.shelter.EmergencySupport;
import org.anhduong.shelter.Occupancy;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.ShelterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The occupancy board, and for a facility's staff who stays there, with discharge. */
@Controller
class BoardScreens {

    static final String PATH = "/shelter/occupancy";
    static final String NOTICE = "notice";

    private final ShelterRegistry registry;
    private final EmergencySupport support;
    private final ShelterDays days;
    private final PersonLabels labels;
    private final MessageSource messages;

    BoardScreens(ShelterRegistry registry, EmergencySupport support, ShelterDays days, PersonLabels labels,
                 MessageSource messages) {
        this.registry = registry;
        this.support = support;
        this.days = days;
        this.labels = labels;
        this.messages = messages;
    }




    @GetMapping(PATH)
    String board(Model model) {
        model.addAttribute("page", new BoardPage(registry.board(days.today()), FormFields.shown(days.today())));
        return "shelter/board";
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String staying(@PathVariable long id, Model model) {
        model.addAttribute("page", staying(id, FormErrors.NONE, (String) model.getAttribute(NOTICE)));
        return "shelter/staying";
    }

    @PostMapping(PATH + "/{id:\\d+}/discharge")
    String discharge(@PathVariable long id, @RequestParam long placementId, @RequestParam int version,
                     @RequestParam(required = false) @Nullable String dischargedOn, Model model,
                     RedirectAttributes redirect) {
        var dates = new FormFields();
        var day = dates.day(dischargedOn, "dischargedOn");
        try {
            if (!dates.problems().isEmpty()) {
                throw new InvalidInputException(dates.problems());
            }
            support.discharge(placementId, version, day == null ? days.today() : day);
            redirect.addFlashAttribute(NOTICE, "shelter.placement.discharged");
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("page", staying(id, FormErrors.of(e.problems(), messages,
                    LocaleContextHolder.getLocale()), null));
        } catch (ConflictException e) {
            model.addAttribute("page", staying(id, FormErrors.NONE, e.messageKey()));
        }
        return "shelter/staying";
    }

    private StayingPage staying(long id, FormErrors errors, @Nullable String notice) {
        List<Placement> placements = registry.placements(id, days.today());
        String name = registry.find(id).name();
        var rows = placements.stream().map(p -> new StayingRow(p.id(), p.version(), p.survivorCode(),
                labels.of(p.person()), FormFields.shown(p.admittedOn()))).toList();
        return new StayingPage(id, name, rows, errors, notice, FormFields.shown(days.today()));
    }
}
