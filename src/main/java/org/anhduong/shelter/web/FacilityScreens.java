package org.anhduong.shelter.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.shelter.Facility;
import org.anhduong.shelter.FacilityDetails;
import org.anhduong.shelter.FacilityKind;
import org.anhduong.shelter.ShelterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/** The registry: the list for everyone who may see it, the form for administrators. */
@Controller
class FacilityScreens {

    static final String PATH = "/shelter/facilities";

    private final ShelterRegistry registry;
    private final UserDirectory directory;
    private final MessageSource messages;

    FacilityScreens(ShelterRegistry registry, UserDirectory directory, MessageSource messages) {
        this.registry = registry;
        this.directory = directory;
        this.messages = messages;
    }



    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("page", new FacilityListPage(registry.facilities(), (String) model.getAttribute(BoardScreens.NOTICE)));
        return "shelter/facilities";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        model.addAttribute("page", form(null, 0, FacilityForm.blank(), FormErrors.NONE, false, true));
        return "shelter/facility";
    }

    @PostMapping(PATH + "/new")
    String create(FacilityForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.create(details(form));
            redirect.addFlashAttribute(BoardScreens.NOTICE, "shelter.facility.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", form(null, 0, form, errors(e.problems()), false, true));
            return "shelter/facility";
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Facility found = registry.find(id);
        model.addAttribute("page", form(id, found.version(), FacilityForm.of(found), FormErrors.NONE, false,
                found.addressShown()));
        return "shelter/facility";
    }

    @PostMapping(PATH + "/{id:\\d+}")
    String update(@PathVariable long id, FacilityForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.update(id, form.version() == null ? -1 : form.version(), details(form));
            redirect.addFlashAttribute(BoardScreens.NOTICE, "shelter.facility.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", form(id, form.version() == null ? 0 : form.version(), form,
                    errors(e.problems()), false, true));
        } catch (ConflictException e) {
            Facility found = registry.find(id);
            model.addAttribute("page", form(id, found.version(), FacilityForm.of(found), FormErrors.NONE, true, true));
        }
        return "shelter/facility";
    }

    private FacilityDetails details(FacilityForm form) {
        var problems = new ArrayList<FieldProblem>();
        var numbers = new FormFields();
        Long organisation = numbers.id(form.organisationId(), "organisationId");
        Long capacity = numbers.id(form.capacity(), "capacity");
        FacilityKind kind = null;
        for (FacilityKind k : FacilityKind.values()) {
            kind = k.name().equals(form.kind()) ? k : kind;
        }
        problems.addAll(numbers.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FacilityDetails(organisation, form.name(), kind,
                capacity == null ? null : (int) Math.min(capacity, Integer.MAX_VALUE), form.acceptsChildren() != null,
                form.accessible() != null, form.communeCode(), form.address(), form.contactPerson(),
                form.active() != null);
    }

    private FacilityFormPage form(@Nullable Long id, int version, FacilityForm form, FormErrors errors, boolean stale,
                          boolean addressShown) {
        var organisations = directory.activeOrganisations().stream()
                .map(o -> new Choice(String.valueOf(o.id()), o.name())).toList();
        var kinds = new ArrayList<Choice>();
        for (FacilityKind kind : FacilityKind.values()) {
            kinds.add(new Choice(kind.name(), text("shelter.kind." + kind.name())));
        }
        return new FacilityFormPage(id, version, form, organisations, kinds, errors, stale, addressShown);
    }

    private FormErrors errors(List<FieldProblem> problems) {
        return FormErrors.of(problems, messages, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
