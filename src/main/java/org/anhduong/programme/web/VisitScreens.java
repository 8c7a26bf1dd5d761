package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.FollowUpAction;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.ProgrammeRegistry;
import org.anhduong.programme.Visit;
import org.anhduong.programme.VisitDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Supervision and evaluation visits: the list and a visit for readers, the form of a new one for editors. */
@Controller
class VisitScreens {

    static final String PATH = ProgrammeScreens.PATH + "/visits";

    /** The service names an action's problem by its place among the actions given: {@code actions[0].owner}. */
    private static final Pattern ACTION_FIELD = Pattern.compile("actions\\[(\\d+)]\\.(\\w+)");

    private final ProgrammeMonitoring monitoring;
    private final ProgrammeRegistry registry;
    private final Localities localities;
    private final ScreenSupport support;

    VisitScreens(ProgrammeMonitoring monitoring, ProgrammeRegistry registry, Localities localities,
                 ScreenSupport support) {
        this.monitoring = monitoring;
        this.registry = registry;
        this.localities = localities;
        this.support = support;
    }

    @GetMapping(PATH)
    String list(Model model) {
        Map<Long, String> models = modelNames();
        var rows = monitoring.visits().stream().map(v -> new VisitListPage.VisitRow(v.id(),
                FormFields.shown(v.visitedOn()), model(models, v.modelId()), commune(v.communeCode()),
                v.actions().size(), v.actions().stream().filter(a -> !Boolean.TRUE.equals(a.done())).count()))
                .toList();
        model.addAttribute("page", new VisitListPage(rows, ScreenSupport.has(ProgrammeNavigation.EDITORS),
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/visits";
    }

    @GetMapping(PATH + "/new")
    String blank(Model model) {
        ScreenSupport.requireEditor();
        model.addAttribute("page", page(VisitForm.blank(), FormErrors.NONE));
        return "programme/visitForm";
    }

    /** Saves the visit, or (the "add a row" button) shows the form again with one more blank action row. */
    @PostMapping(PATH + "/new")
    String create(@RequestParam Map<String, String> posted, Model model, RedirectAttributes redirect) {
        ScreenSupport.requireEditor();
        if (posted.containsKey("addRow")) {
            model.addAttribute("page", page(VisitForm.of(posted, 1), FormErrors.NONE));
            return "programme/visitForm";
        }
        VisitForm form = VisitForm.of(posted, 0);
        var rowOf = new ArrayList<Integer>();
        try {
            Visit created = monitoring.createVisit(details(form, rowOf));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + PATH + "/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(form, support.errors(onRows(e.problems(), rowOf))));
            return "programme/visitForm";
        }
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Visit v = monitoring.visit(id);
        var actions = v.actions().stream().map(a -> new VisitPage.ActionLine(text(a.action()), text(a.owner()),
                FormFields.shown(a.dueOn()), Boolean.TRUE.equals(a.done()))).toList();
        model.addAttribute("page", new VisitPage(FormFields.shown(v.visitedOn()), model(modelNames(), v.modelId()),
                commune(v.communeCode()), text(v.findings()), text(v.recommendations()), actions,
                (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/visit";
    }

    /** The visit as typed; {@code rowOf} receives, for each action given, the form row it came from. */
    private static VisitDetails details(VisitForm form, List<Integer> rowOf) {
        var fields = new FormFields();
        LocalDate visited = fields.day(form.visitedOn(), "visitedOn");
        Long model = fields.id(form.modelId(), "modelId");
        var actions = new ArrayList<FollowUpAction>();
        for (VisitForm.ActionRow row : form.actions()) {
            if (row.blank()) {
                continue;
            }
            LocalDate due = fields.day(row.dueOn(), "dueOn" + row.index());
            actions.add(new FollowUpAction(blankToNull(row.action()), blankToNull(row.owner()), due, false));
            rowOf.add(row.index());
        }
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new VisitDetails(visited, model, blankToNull(form.communeCode()), blankToNull(form.findings()),
                blankToNull(form.recommendations()), actions);
    }

    /** The service's problems of actions named after the inputs of their rows. */
    private static List<FieldProblem> onRows(List<FieldProblem> problems, List<Integer> rowOf) {
        return problems.stream().map(p -> {
            var m = ACTION_FIELD.matcher(p.field());
            if (m.matches()) {
                int given = Integer.parseInt(m.group(1));
                int row = given < rowOf.size() ? rowOf.get(given) : 0;
                return new FieldProblem(m.group(2) + row, p.messageKey(), p.args());
            }
            return p.field().equals("actions") ? new FieldProblem("action0", p.messageKey(), p.args()) : p;
        }).toList();
    }

    private VisitFormPage page(VisitForm form, FormErrors errors) {
        var models = registry.models().stream().map(m -> new Choice(String.valueOf(m.id()), m.name())).toList();
        return new VisitFormPage(form, models, localities.describe(form.communeCode()), errors);
    }

    private Map<Long, String> modelNames() {
        return registry.models().stream().collect(Collectors.toMap(org.anhduong.programme.Model::id,
                org.anhduong.programme.Model::name, (a, b) -> a));
    }

    private static String model(Map<Long, String> names, @Nullable Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private String commune(@Nullable String code) {
        return code == null ? "" : localities.find(code).map(l -> l.name()).orElse(code);
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
