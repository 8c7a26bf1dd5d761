package org.anhduong.identity.web;

import org.anhduong.identity.internal.AccountDetails;
import org.anhduong.identity.internal.AccountService;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.util.Map;

/** "Change my password", also the forced change after a temporary password. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountService accounts, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PasswordChangeFilter.PAGE)
    String form(@RequestParam(required = false) String changed, Model model) {
        model.addAttribute("page", new PasswordPage(forced(), changed != null, Map.of()));
        return "identity/password";
    }

    @PostMapping(PasswordChangeFilter.PAGE)
    String change(PasswordForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        var me = CurrentUser.require();
        try {
            var account = accounts.changePassword(me, form.currentPassword(), form.newPassword(), form.confirmPassword());
            refreshSignedInUser(AccountDetails.of(account, clock.instant()), request, response);
            return "redirect:" + PasswordChangeFilter.PAGE + "?changed";
        } catch (InvalidInputException e) {
            model.addAttribute("page", new PasswordPage(forced(), false, FieldErrors.of(e, messages).messages()));
            return "identity/password";
        }
    }

    /** The session keeps the new state (roles back, no forced change) without signing in again. */
    private void refreshSignedInUser(AccountDetails account, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static boolean forced() {
        return CurrentUser.get().filter(u -> u instanceof AccountDetails a && a.mustChangePassword()).isPresent();
    }
}
