package org.anhduong.reporting.internal.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundle {@code messages/reporting-export} read directly, so that writers and the narrative work without Spring.
 * Vietnamese is the base bundle; there is no fallback to the system's language. A key with a plural form has
 * {@code .one} (English) and {@code .other} variants.
 */
final class Texts {

    private static final String BUNDLE = "messages/reporting-export";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static Texts of(Locale locale) {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        var language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return new Texts(ResourceBundle.getBundle(BUNDLE, language, control), language);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        // Always through MessageFormat, so that an apostrophe is written '' in every text of the bundle.
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The form of {@code key} for {@code count}: {@code key.one} for exactly one when the language has it. */
    String plural(String key, long count, Object... args) {
        String one = key + ".one";
        if (count == 1 && bundle.containsKey(one)) {
            return get(one, args);
        }
        return get(bundle.containsKey(key + ".other") ? key + ".other" : key, args);
    }
}
