package org.anhduong.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Gives every page template its {@link Ui}. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

    private final MessageSource messages;
    private final List<NavEntry> navigation;
    private final List<NavBadge> badges;

    UiAdvice(MessageSource messages, List<NavEntry> navigation, List<NavBadge> badges) {
        this.messages = messages;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
        this.badges = List.copyOf(badges);
    }

    /**
     * Null for the API: a {@code @RestController} is a {@code @Controller} too, but its answers are JSON, rendered by no
     * template, so building the navigation (and querying its badge counts) for them was wasted on every API request.
     */
    @ModelAttribute("ui")
    @Nullable Ui ui(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        Ui ui = build(request, messages, navigation);
        if (badges.isEmpty() || ui.nav().isEmpty()) {
            return ui;
        }
        Set<String> shown = ui.nav().stream().map(NavEntry::path).collect(Collectors.toSet());
        Map<String, Long> counts = badges.stream().filter(b -> shown.contains(b.path()))
                .collect(Collectors.toMap(NavBadge::path, NavBadge::count, Long::sum));
        return new Ui(ui.locale(), ui.messages(), ui.user(), ui.csrfHeader(), ui.csrfParameter(), ui.csrfToken(),
                ui.path(), ui.nav(), counts);
    }

    /** The page's Ui without badges (error pages show the navigation but query nothing more). */
    static Ui build(HttpServletRequest request, MessageSource messages, List<NavEntry> navigation) {
        UserPrincipal user = CurrentUser.get().orElse(null);
        Set<String> roles = user == null ? Set.of() : user.roles();
        List<NavEntry> visible = user == null ? List.of() : navigation.stream().filter(e -> e.visibleTo(roles)).toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Ui(LocaleContextHolder.getLocale(), messages, user,
                csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), visible, Map.of());
    }
}
