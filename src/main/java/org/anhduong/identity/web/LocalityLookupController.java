package org.anhduong.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds the code of a province or commune by name, for the locality fields of the administration forms. A page of its
 * own (opened beside the form) so it works without JavaScript and never loses what was typed in the form.
 */
@Controller
class LocalityLookupController {

    private static final int MAX_QUERY = 100;

    private final LocalityNames names;

    LocalityLookupController(LocalityNames names) {
        this.names = names;
    }

    @GetMapping("/admin/localities")
    String lookup(@RequestParam(required = false) @Nullable String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        model.addAttribute("page", new LocalityLookupPage(query, !query.isEmpty(), names.lookup(query)));
        return "identity/localities";
    }
}
