package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.Hotline;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Caller lookup. The GET form is the one issue #3 asks for; the POST form keeps the number out of URLs (and so out of
 * proxy and access logs), as DESIGN.md §3 wants for personal data, and is the one to use from screens.
 */
@RestController
@Tag(name = "Hotline")
class CallerApi {

    static final String PATH = "/api/v1/callers/lookup";

    private final Hotline hotline;

    CallerApi(Hotline hotline) {
        this.hotline = hotline;
    }

    @GetMapping(PATH)
    @Operation(summary = "A number's history (counsellors and supervisors)",
            description = "Any spelling finds the same history: `0912 345 678`, `+84 912-345-678`, `84912345678`. "
                    + "Counts and flags cover the caller's organisation's contacts; `contacts` lists the newest 20; "
                    + "`cases` comes from casework. Audited as `caller.lookup`, without the number. Prefer POST: a "
                    + "number in a URL can end up in logs.")
    CallerHistory lookup(@RequestParam String phone) {
        return hotline.lookupCaller(phone);
    }

    @PostMapping(PATH)
    @Operation(summary = "A number's history, the number in the body",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Lookup", value = ApiExamples.LOOKUP))))
    CallerHistory lookupInBody(@RequestBody LookupRequest request) {
        return hotline.lookupCaller(request.phone() == null ? "" : request.phone());
    }

    /** The body of a POST lookup. */
    record LookupRequest(@Nullable String phone) {
    }
}
