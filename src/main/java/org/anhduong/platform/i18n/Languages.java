package org.anhduong.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The language of a request seen before Spring MVC (in a filter): the same rules as the application's resolver. */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpServletRequest request) {
        return new LocaleConfiguration.Resolver().resolveLocale(request);
    }
}
