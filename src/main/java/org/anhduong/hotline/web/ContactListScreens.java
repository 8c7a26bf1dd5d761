package org.anhduong.hotline.web;

import org.anhduong.platform.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contact list: filters in the query string, and an exact search by phone number that is always posted. */
@Controller
@RequestMapping(ContactListScreens.PATH)
@PreAuthorize("hasAnyRole('" + Roles.HOTLINE_COUNSELLOR + "', '" + Roles.SUPERVISOR + "')")
class ContactListScreens {

    static final String PATH = "/hotline/contacts";
    static final String VIEW = "hotline/contacts";

    private final ContactListPages pages;

    ContactListScreens(ContactListPages pages) {
        this.pages = pages;
    }

    @GetMapping
    String list(ListFilters filters, Model model) {
        model.addAttribute("page", pages.filtered(filters));
        return VIEW;
    }

    @PostMapping("/by-phone")
    String byPhone(@RequestParam(defaultValue = "") String phone, Model model) {
        model.addAttribute("page", pages.byPhone(phone));
        return VIEW;
    }
}
