package org.anhduong.identity.web;

import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: who you are, where you work, what you may do. */
@Controller
class HomeController {

    private final UserDirectory directory;

    HomeController(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        var me = CurrentUser.require();
        String organisation = directory.findOrganisation(me.organisationId()).map(o -> o.name()).orElse("");
        model.addAttribute("page", new HomePage(me.fullName(), organisation, me.roles().stream().sorted().toList()));
        return "identity/home";
    }
}
