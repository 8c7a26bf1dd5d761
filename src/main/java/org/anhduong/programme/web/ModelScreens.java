package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.Model;
import org.anhduong.programme.ModelDetails;
import org.anhduong.programme.ModelStatus;
import org.anhduong.programme.ProgrammeRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The registry of models: the list for readers, the form of a new model for editors. */
@Controller
class ModelScreens {

    static final String PATH = ProgrammeScreens.PATH + "/models";

    private final ProgrammeRegistry registry;
    private final Localities localities;
    private final ScreenSupport support;

    ModelScreens(ProgrammeRegistry registry, Localities localities, ScreenSupport support) {
        this.registry = registry;
        this.localities = localities;
        this.support = support;
    }

    @GetMapping(PATH)
    String list(org.springframework.ui.Model model) {
        var rows = registry.models().stream().map(this::row).toList();
        model.addAttribute("page", new ModelListPage(rows, ScreenSupport.has(ProgrammeNavigation.EDITORS),
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/models";
    }

    @GetMapping(PATH + "/new")
    String blank(org.springframework.ui.Model model) {
        ScreenSupport.requireEditor();
        model.addAttribute("page", page(null, ModelForm.blank(), FormErrors.NONE, false));
        return "programme/model";
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, org.springframework.ui.Model model) {
        model.addAttribute("page", page(id, ModelForm.of(registry.find(id)), FormErrors.NONE, false));
        return "programme/model";
    }

    @PostMapping(PATH + "/{id:\\d+}")
    String update(@PathVariable long id, ModelForm form, org.springframework.ui.Model model,
                  RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            // The screen does not show the description and lead organisation: the stored ones are kept.
            Model stored = registry.find(id);
            ModelDetails typed = details(form);
            registry.update(id, form.version() == null ? -1 : form.version(), new ModelDetails(typed.name(),
                    typed.kind(), typed.pilot(), typed.programmePeriod(), stored.leadOrganisationId(),
                    typed.partners(), typed.funders(), typed.objectives(), stored.description(), typed.communes(),
                    typed.status(), typed.statusFrom()));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, form, support.errors(e.problems()), false));
        } catch (ConflictException e) {
            model.addAttribute("page", page(id, ModelForm.of(registry.find(id)), FormErrors.NONE, true));
        }
        return "programme/model";
    }

    @PostMapping(PATH + "/new")
    String create(ModelForm form, org.springframework.ui.Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        try {
            registry.create(details(form));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(null, form, support.errors(e.problems()), false));
            return "programme/model";
        }
    }

    private ModelDetails details(ModelForm form) {
        var fields = new FormFields();
        LocalDate from = fields.day(form.statusFrom(), "statusFrom");
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        ModelStatus status = Arrays.stream(ModelStatus.values()).filter(s -> s.name().equals(form.status()))
                .findFirst().orElse(null);
        var communes = new ArrayList<String>();
        if (form.communeCode() != null && !form.communeCode().isBlank()) {
            communes.add(form.communeCode());
        }
        if (form.otherCommunes() != null) {
            Arrays.stream(form.otherCommunes().split("[,;\\s]+")).filter(c -> !c.isBlank()).forEach(communes::add);
        }
        return new ModelDetails(form.name(), blankToNull(form.kind()), form.pilot() != null, form.programmePeriod(),
                null, form.partners(), form.funders(), form.objectives(), null, communes, status, from);
    }

    private ModelFormPage page(@Nullable Long id, ModelForm form, FormErrors errors, boolean stale) {
        var statuses = new ArrayList<Choice>();
        for (ModelStatus s : ModelStatus.values()) {
            statuses.add(new Choice(s.name(), support.text("programme.status." + s.name())));
        }
        return new ModelFormPage(id, ScreenSupport.has(ProgrammeNavigation.EDITORS), stale, form, support.choices(CodeList.MODEL_KIND), statuses,
                localities.describe(form.communeCode()), errors);
    }

    private ModelListPage.ModelRow row(Model m) {
        var current = m.currentStatus();
        List<String> communes = m.communes().stream().map(c -> {
            String name = localities.find(c).map(l -> l.name()).orElse("");
            return name.isEmpty() ? c : name;
        }).toList();
        return new ModelListPage.ModelRow(m.id(), m.name(), support.codeName(CodeList.MODEL_KIND, m.kind()),
                m.pilot(), support.text("programme.status." + current.status().name()),
                FormFields.shown(current.from()), String.join(", ", communes));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
