package org.anhduong.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Gives every page template its {@link Ui}. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

    private final MessageSource messages;
    private final List<NavEntry> navigation;

    UiAdvice(MessageSource messages, List<NavEntry> navigation) {
        this.messages = messages;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return build(request, messages, navigation);
    }

    static Ui build(HttpServletRequest request, MessageSource messages, List<NavEntry> navigation) {
        UserPrincipal user = CurrentUser.get().orElse(null);
        Set<String> roles = user == null ? Set.of() : user.roles();
        List<NavEntry> visible = user == null ? List.of() : navigation.stream().filter(e -> e.visibleTo(roles)).toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Ui(LocaleContextHolder.getLocale(), messages, user,
                csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), visible);
    }
}
