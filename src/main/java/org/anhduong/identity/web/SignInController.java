package org.anhduong.identity.web;

import org.anhduong.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. The reason for a failure arrives as a fixed word, never as the typed username. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error,
                 @RequestParam(required = false) @Nullable String logout, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        String message = switch (error == null ? "" : error) {
            case "bad" -> "login.error.bad";
            case "locked" -> "login.error.locked";
            case "disabled" -> "login.error.disabled";
            default -> null;
        };
        model.addAttribute("page", new SignInPage(message, logout != null));
        return "identity/login";
    }
}
