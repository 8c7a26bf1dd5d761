package org.anhduong.hotline.web;

import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

import java.net.URI;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Versions as HTTP sees them: the ETag {@code "3"} of version 3, and the If-Match that must come back with changes. */
final class Versions {

    static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Versions() {
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** 201 with the new record's address and its version as ETag. */
    static <T> ResponseEntity<T> created(String location, int version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    /** 200 with the record's version as ETag, to come back as If-Match. */
    static <T> ResponseEntity<T> ok(int version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * The version an If-Match names. "*" names none: it would match whatever is stored, which is exactly the silent
     * overwrite the header is there to prevent.
     *
     * @throws PreconditionRequiredException when the header is missing, blank or "*"
     * @throws InvalidInputException on the field If-Match when it is not an ETag of ours
     */
    static int fromIfMatch(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(IF_MATCH, "hotline.ifMatch.invalid");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
