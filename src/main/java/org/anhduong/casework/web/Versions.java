package org.anhduong.casework.web;

import org.anhduong.platform.web.DomainException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as HTTP sees them, as in the hotline's API: the ETag {@code "3"} of version 3, and the If-Match that must
 * come back with changes ("*" names no version: it is the silent overwrite the header is there to prevent).
 */
final class Versions {

    static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Versions() {
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> created(String location, int version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(int version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * @throws PreconditionRequired when the header is missing, blank or "*"
     * @throws InvalidInputException on the field If-Match when it is not an ETag of ours
     */
    static int fromIfMatch(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequired();
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(IF_MATCH, "casework.ifMatch.invalid");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** A change sent without If-Match: refusing it is what keeps two case workers from overwriting each other. */
    static final class PreconditionRequired extends DomainException {

        PreconditionRequired() {
            super("precondition-required", "casework.ifMatch.required");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.PRECONDITION_REQUIRED;
        }
    }
}
