package org.anhduong.programme.web;

import org.anhduong.geography.Localities;
import org.anhduong.platform.web.FormFields;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.programme.Code;
import org.anhduong.programme.CodeDetails;
import org.anhduong.programme.CodeList;
import org.anhduong.programme.ProgrammeCodes;
import org.anhduong.programme.ProgrammeMonitoring;
import org.anhduong.programme.ProgrammeSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The programme summary for readers, and the code lists for administrators. */
@Controller
class ProgrammeScreens {

    static final String PATH = "/programme";
    static final String CODES = PATH + "/codes";

    private final ProgrammeMonitoring monitoring;
    private final ProgrammeCodes codes;
    private final Localities localities;
    private final ScreenSupport support;
    private final Clock clock;

    ProgrammeScreens(ProgrammeMonitoring monitoring, ProgrammeCodes codes, Localities localities,
                     ScreenSupport support, Clock clock) {
        this.monitoring = monitoring;
        this.codes = codes;
        this.localities = localities;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String summary(@RequestParam(required = false) @Nullable String from,
                   @RequestParam(required = false) @Nullable String to,
                   @RequestParam(required = false) @Nullable String communeCode, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(org.anhduong.platform.web.Ui.ZONE));
        var fields = new FormFields();
        LocalDate first = from == null || from.isBlank() ? today.withDayOfYear(1) : fields.day(from, "from");
        LocalDate last = to == null || to.isBlank() ? today : fields.day(to, "to");
        String commune = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        ProgrammeSummary summary = null;
        FormErrors errors = support.errors(fields.problems());
        if (first != null && last != null) {
            try {
                summary = monitoring.summary(first, last, commune);
            } catch (InvalidInputException e) {
                errors = support.errors(e.problems());
            }
        }
        String link = UriComponentsBuilder.fromPath("/api/v1/programme/summary.xlsx")
                .queryParam("from", first).queryParam("to", last).queryParamIfPresent("communeCode",
                        java.util.Optional.ofNullable(commune)).build().toUriString();
        model.addAttribute("page", new SummaryPage(text(from, first), text(to, last), commune == null ? "" : commune,
                localities.describe(commune), summary, link, names(), errors));
        return "programme/summary";
    }

    @GetMapping(CODES)
    String codes(Model model) {
        model.addAttribute("page", codesPage(FormErrors.NONE, (String) model.getAttribute(ScreenSupport.NOTICE)));
        return "programme/codes";
    }

    @PostMapping(CODES)
    String saveCode(@RequestParam(required = false) @Nullable String list,
                    @RequestParam(required = false) @Nullable String code,
                    @RequestParam(required = false) @Nullable String nameVi,
                    @RequestParam(required = false) @Nullable String nameEn, Model model,
                    RedirectAttributes redirect) {
        CodeList chosen = null;
        for (CodeList l : CodeList.values()) {
            chosen = l.name().equals(list) ? l : chosen;
        }
        try {
            if (chosen == null) {
                throw new InvalidInputException("list", "validation.required");
            }
            codes.save(chosen, new CodeDetails(code, nameVi, nameEn, true));
            redirect.addFlashAttribute(ScreenSupport.NOTICE, "programme.saved");
            return "redirect:" + CODES;
        } catch (InvalidInputException e) {
            model.addAttribute("page", codesPage(support.errors(e.problems()), null));
            return "programme/codes";
        }
    }

    private CodesPage codesPage(FormErrors errors, @Nullable String notice) {
        ScreenSupport.requireAdministrator();
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        for (CodeList list : CodeList.values()) {
            lists.put(list.name(), codes.codes(list));
        }
        return new CodesPage(lists, errors, notice);
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (CodeList list : CodeList.values()) {
            for (Code c : codes.codes(list)) {
                names.put(list.name() + ":" + c.code(), c.name(support.language()));
            }
        }
        return names;
    }

    private static String text(@Nullable String typed, @Nullable LocalDate day) {
        return day != null ? FormFields.shown(day) : typed == null ? "" : typed;
    }
}
