package org.anhduong.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as HTTP sees them, for every module's API: the ETag {@code "3"} of version 3, and the If-Match that must
 * come back with changes.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** 201 with the new record's address and its version as ETag. */
    public static <T> ResponseEntity<T> created(String location, int version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    /** 200 with the record's version as ETag, to come back as If-Match. */
    public static <T> ResponseEntity<T> ok(int version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * The version an If-Match names. "*" names none: it would match whatever is stored, which is exactly the silent
     * overwrite the header is there to prevent.
     *
     * @param messages the module's message prefix: a refusal is explained by its {@code <messages>.ifMatch.required}
     *     or {@code <messages>.ifMatch.invalid}, e.g. "hotline"
     * @throws PreconditionRequiredException when the header is missing, blank or "*"
     * @throws InvalidInputException on the field If-Match when it is not an ETag of ours
     */
    public static int fromIfMatch(@Nullable String ifMatch, String messages) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequiredException(messages + ".ifMatch.required");
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(IF_MATCH, messages + ".ifMatch.invalid");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
