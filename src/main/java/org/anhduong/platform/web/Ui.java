package org.anhduong.platform.web;

import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every page template needs besides its own view model: texts in the user's language, the user, the CSRF token
 * and the navigation. Templates receive it as the {@code ui} parameter.
 */
public record Ui(Locale locale, MessageSource messages, @Nullable UserPrincipal user, String csrfHeader,
                 String csrfParameter, String csrfToken, String path, List<NavEntry> nav, Map<String, Long> badges) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public Ui {
        badges = Map.copyOf(badges);
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String otherLang() {
        return "vi".equals(lang()) ? "en" : "vi";
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean hasRole(String role) {
        return user != null && user.hasRole(role);
    }

    public boolean current(NavEntry entry) {
        return path.equals(entry.path()) || path.startsWith(entry.path() + "/");
    }

    /** The entry's {@link NavBadge} count; zero when it has none. */
    public long badge(NavEntry entry) {
        return badges.getOrDefault(entry.path(), 0L);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }
}
