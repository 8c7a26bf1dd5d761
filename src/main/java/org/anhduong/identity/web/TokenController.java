package org.anhduong.identity.web;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.internal.IdentityAdministration;
import org.anhduong.identity.internal.TokenService;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * API tokens on screen: every signed-in user lists, creates and revokes their own; administrators see and revoke
 * everyone's. Who may revoke what is the service's decision.
 */
@Controller
class TokenController {

    static final String OWN = "/account/tokens";
    static final String ADMIN = "/admin/tokens";
    private static final String VIEW = "identity/tokens";

    private final TokenService tokens;
    private final IdentityAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    TokenController(TokenService tokens, IdentityAdministration administration, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(OWN)
    String own(@RequestParam(required = false) @Nullable String done, Model model) {
        model.addAttribute("page", ownPage(null, null, FieldErrors.NONE, notice(done)));
        return VIEW;
    }

    /** The secret is rendered in this response only; reloading the page never shows it again. */
    @PostMapping(OWN)
    String create(@RequestParam(required = false) @Nullable String name, Model model) {
        try {
            var issued = tokens.issue(CurrentUser.require(), name);
            model.addAttribute("page", ownPage(issued.secret(), issued.token().name(), FieldErrors.NONE, null));
        } catch (InvalidInputException e) {
            model.addAttribute("page", ownPage(null, name, FieldErrors.of(e, messages), null));
        }
        return VIEW;
    }

    @PostMapping(OWN + "/{id}/revoke")
    String revokeOwn(@PathVariable long id) {
        tokens.revoke(CurrentUser.require(), id);
        return "redirect:" + OWN + "?done=revoked";
    }

    @GetMapping(ADMIN)
    String all(@RequestParam(required = false) @Nullable String done, Model model) {
        Map<Long, String> owners = administration.users(null, null).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::username));
        Instant now = clock.instant();
        var rows = tokens.list(CurrentUser.require(), null).stream()
                .map(t -> TokensPage.Row.of(t, owners.getOrDefault(t.userId(), ""), now)).toList();
        model.addAttribute("page", new TokensPage(true, rows, null, null, FieldErrors.NONE, notice(done)));
        return VIEW;
    }

    @PostMapping(ADMIN + "/{id}/revoke")
    String revokeAny(@PathVariable long id) {
        tokens.revoke(CurrentUser.require(), id);
        return "redirect:" + ADMIN + "?done=revoked";
    }

    private TokensPage ownPage(@Nullable String secret, @Nullable String name, FieldErrors errors, @Nullable String notice) {
        var me = CurrentUser.require();
        Instant now = clock.instant();
        var rows = tokens.list(me, me.userId()).stream().map(t -> TokensPage.Row.of(t, "", now)).toList();
        return new TokensPage(false, rows, secret, name, errors, notice);
    }

    /** The outcome of the previous request arrives as a fixed word; anything else is ignored. */
    private static @Nullable String notice(@Nullable String done) {
        return "revoked".equals(done) ? "token.notice.revoked" : null;
    }
}
