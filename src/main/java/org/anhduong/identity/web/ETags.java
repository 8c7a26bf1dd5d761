package org.anhduong.identity.web;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of an aggregate as an HTTP entity tag ({@code "3"}), and back: an update names the version it was
 * based on in {@code If-Match} or, for clients that cannot set headers, in the body's {@code version}.
 */
final class ETags {

    private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,9})\"\\s*$");

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an update is based on; the header wins when both are given. */
    static int expected(@Nullable String ifMatch, @Nullable Integer bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher m = TAG.matcher(ifMatch);
            if (!m.matches()) {
                throw new InvalidInputException("version", "validation.format");
            }
            return Integer.parseInt(m.group(1));
        }
        if (bodyVersion == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        return bodyVersion;
    }
}
