package org.anhduong.identity.web;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

import java.net.URI;
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

    /** 200 with the body and its version as the ETag. */
    static <T> ResponseEntity<T> ok(T body, int version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 with the new resource's address, the body and its version as the ETag. */
    static <T> ResponseEntity<T> created(String location, T body, int version) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
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
