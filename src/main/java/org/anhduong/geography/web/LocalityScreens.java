package org.anhduong.geography.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anhduong.geography.ImportResult;
import org.anhduong.geography.Localities;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** The administrators' page of administrative units: search them, and re-import a CSV after a decree. */
@Controller
@RequestMapping(LocalityScreens.PATH)
@PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
class LocalityScreens {

    static final String PATH = "/admin/localities";
    static final String RESULTS = "/results";
    static final String IMPORT = "/import";
    static final String PAGE_VIEW = "geography/localities";
    static final String RESULTS_VIEW = "geography/localityResults";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Localities localities;
    private final SearchViews searches;

    LocalityScreens(Localities localities, SearchViews searches) {
        this.localities = localities;
        this.searches = searches;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String province, Model model) {
        model.addAttribute("page", new LocalitiesPage(searches.build(q, province), ImportView.blank()));
        return PAGE_VIEW;
    }

    /** The results table alone, for htmx to swap in while the user types. */
    @GetMapping(RESULTS)
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String province,
                   Model model) {
        model.addAttribute("search", searches.build(q, province));
        return RESULTS_VIEW;
    }

    @PostMapping(IMPORT)
    String importUnits(@ModelAttribute ImportForm form, Model model, HttpServletResponse response) throws IOException {
        ImportView outcome = run(form);
        if (!outcome.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("page", new LocalitiesPage(searches.build("", ""), outcome));
        return PAGE_VIEW;
    }

    private ImportView run(ImportForm form) throws IOException {
        String typedDate = form.effectiveDate() == null ? "" : form.effectiveDate().strip();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(typedDate, problems);
        String csv = csv(form.file(), problems);
        if (date == null || csv == null) {
            return new ImportView(typedDate, form.dryRunChosen(), null, problems);
        }
        try {
            ImportResult result = localities.importUnits(csv, date, form.dryRunChosen());
            return new ImportView(typedDate, form.dryRunChosen(), result, List.of());
        } catch (InvalidInputException e) {
            return new ImportView(typedDate, form.dryRunChosen(), null, e.problems());
        }
    }

    private static @Nullable LocalDate date(String typed, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(typed, DATE);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(ImportView.EFFECTIVE_DATE, typed.isEmpty() ? "validation.required" : "validation.date"));
            return null;
        }
    }

    private static @Nullable String csv(@Nullable MultipartFile file, List<FieldProblem> problems) throws IOException {
        if (file == null || file.isEmpty()) {
            problems.add(new FieldProblem(ImportView.FILE, "validation.required"));
            return null;
        }
        try (var in = file.getInputStream()) {
            return CsvUpload.read(in);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
