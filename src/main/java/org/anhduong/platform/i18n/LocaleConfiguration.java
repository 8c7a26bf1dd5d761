package org.anhduong.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese first, English second. People switch with {@code ?lang=en} (kept in a cookie); API clients may send
 * {@code Accept-Language}. Anything else falls back to Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    static final String COOKIE = "anhduong-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new Resolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(VIETNAMESE);
    }

    static final class Resolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getAttribute(COOKIE) instanceof Locale chosenNow) {
                return chosenNow;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName())) {
                        return supported(Locale.forLanguageTag(cookie.getValue()));
                    }
                }
            }
            String accept = request.getHeader("Accept-Language");
            if (accept != null && request.getRequestURI().startsWith("/api/")) {
                try {
                    Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                    return supported(best);
                } catch (IllegalArgumentException malformedHeader) {
                    return VIETNAMESE;
                }
            }
            return VIETNAMESE;
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            if (response == null) {
                return;
            }
            Locale chosen = supported(locale);
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(COOKIE, chosen);
        }
    }
}
