package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseSearchResult;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

/** Search by case number, survivor code, phone, căn cước or name words; others' cases only as "exists in …". */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "', '" + Roles.HOTLINE_COUNSELLOR + "')")
class SearchScreens {

    static final String PATH = "/cases/search";
    static final String VIEW = "casework/search";

    private final CaseManagement cases;
    private final CaseRows rows;
    private final Labels labels;

    SearchScreens(CaseManagement cases, CaseRows rows, Labels labels) {
        this.cases = cases;
        this.rows = rows;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("page", new SearchPage(SearchForm.EMPTY, FormErrors.NONE, false, List.of(), List.of()));
        return VIEW;
    }

    @PostMapping(PATH)
    String search(SearchForm form, Model model) {
        try {
            CaseSearchResult found = cases.search(form.toSearch());
            model.addAttribute("page", new SearchPage(form, FormErrors.NONE, true, rows.of(found.cases()),
                    found.elsewhere().stream().map(CaseSearchResult.Elsewhere::organisationName).toList()));
        } catch (InvalidInputException e) {
            model.addAttribute("page", new SearchPage(form, FormErrors.of(e.problems(), field -> field,
                    p -> labels.text(p.messageKey(), p.args())), false, List.of(), List.of()));
        }
        return VIEW;
    }
}
