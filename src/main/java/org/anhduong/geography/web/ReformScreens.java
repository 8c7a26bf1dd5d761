package org.anhduong.geography.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.anhduong.platform.text.VietnameseText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reform of 1 July 2025 looked up by code or name: the old units a current unit took in, and the current units an
 * old one went into. Any signed-in user: unit names and codes are public reference data, so they may stand in the URL.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReformScreens {

    static final String PATH = "/localities/reform";
    static final String VIEW = "geography/reform";
    static final int MAX_LENGTH = 100;
    static final int MATCHES = 20;
    private static final Pattern CODE = Pattern.compile("\\d{1,10}");

    private final Localities localities;

    ReformScreens(Localities localities) {
        this.localities = localities;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("page", lookUp(code.strip()));
        return VIEW;
    }

    private ReformPage lookUp(String typed) {
        if (typed.isEmpty()) {
            return ReformPage.blank();
        }
        if (typed.length() > MAX_LENGTH || VietnameseText.fold(typed).isBlank()) {
            return ReformPage.invalid(typed);
        }
        if (!CODE.matcher(typed).matches()) {
            return ReformPage.named(typed, matches(typed, LocalDate.now(org.anhduong.platform.web.Ui.ZONE)),
                    matches(typed, Localities.LAST_DAY_BEFORE_REFORM));
        }
        Locality current = localities.find(typed).orElse(null);
        Locality old = localities.findOn(typed, Localities.LAST_DAY_BEFORE_REFORM).orElse(null);
        return new ReformPage(typed, true, false, current,
                current == null ? List.of() : localities.predecessors(typed), old,
                old == null ? List.of() : localities.successors(typed), false, List.of(), List.of());
    }

    /** Units of that day whose name has the words, with their province's name of the same day where known. */
    private List<ReformPage.Match> matches(String query, LocalDate day) {
        Map<String, String> provinces = localities.searchOn(new LocalitySearch("", null, LocalityLevel.PROVINCE,
                        100), day).stream().collect(Collectors.toMap(Locality::code, Locality::name));
        return localities.searchOn(new LocalitySearch(query, null, null, MATCHES), day).stream()
                .map(unit -> new ReformPage.Match(unit.code(), unit.name(),
                        unit.parentCode() == null ? "" : provinces.getOrDefault(unit.parentCode(), "")))
                .toList();
    }
}
