package org.anhduong.geography.web;

import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.geography.LocalityLevel;
import org.anhduong.geography.LocalitySearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of the commune picker ({@code geography/communePicker.jte}) that any form with a commune code uses.
 * A POST, so that a typed place name stays out of URLs and access logs; any signed-in staff member may search, as
 * the unit names are public reference data.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CommunePicker {

    static final String PATH = "/localities/communes";
    static final String VIEW = "geography/communeResults";
    static final int RESULTS = 10;
    private static final int PROVINCES = 100;

    private final Localities localities;

    CommunePicker(Localities localities) {
        this.localities = localities;
    }

    /**
     * @param field  the id of the code field the results fill; the typed words come in {@code <field>Query}, so two
     *               pickers in one form do not mix their searches
     */
    @PostMapping(PATH)
    String results(@RequestParam String field, @RequestParam MultiValueMap<String, String> params, Model model) {
        String picked = CommuneQuery.field(field);
        String query = CommuneQuery.fold(params.getFirst(picked + CommuneQuery.SUFFIX));
        model.addAttribute("results", new CommuneResults(picked, !query.isEmpty(), search(query)));
        return VIEW;
    }

    private List<CommuneResults.Option> search(String folded) {
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<String, String> provinces = localities.search(new LocalitySearch("", null, LocalityLevel.PROVINCE, PROVINCES))
                .stream().collect(Collectors.toMap(Locality::code, Locality::name));
        return localities.search(new LocalitySearch(folded, null, LocalityLevel.COMMUNE, RESULTS)).stream()
                .map(unit -> new CommuneResults.Option(unit.code(), unit.name() + (unit.parentCode() == null ? ""
                        : ", " + provinces.getOrDefault(unit.parentCode(), unit.parentCode()))))
                .toList();
    }
}
