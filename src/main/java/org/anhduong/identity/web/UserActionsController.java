package org.anhduong.identity.web;

import org.anhduong.identity.internal.IdentityAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Lock, unlock and password reset of a user: consequential actions, each a POST the page asks to confirm. */
@Controller
@RequestMapping(UserAdminController.PATH + "/{id}")
class UserActionsController {

    static final String SECRET = "identity/secret";

    private final IdentityAdministration administration;

    UserActionsController(IdentityAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/lock")
    String lock(@PathVariable long id) {
        administration.setLocked(id, true);
        return "redirect:" + UserAdminController.PATH + "/" + id + "?done=locked";
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable long id) {
        administration.setLocked(id, false);
        return "redirect:" + UserAdminController.PATH + "/" + id + "?done=unlocked";
    }

    /** The new temporary password is rendered in this response only: no redirect, no flash attribute. */
    @PostMapping("/password-reset")
    String resetPassword(@PathVariable long id, Model model) {
        String password = administration.resetPassword(id);
        String username = administration.user(id).username();
        model.addAttribute("page", new SecretPage("user.reset.title", username, password, "user.secret.note",
                UserAdminController.PATH + "/" + id));
        return SECRET;
    }
}
