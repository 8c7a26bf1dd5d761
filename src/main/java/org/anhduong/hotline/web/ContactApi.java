package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.Contact;
import org.anhduong.hotline.ContactDraft;
import org.anhduong.hotline.ContactPage;
import org.anhduong.hotline.ContactQuery;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.RecordedContact;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

@RestController
@RequestMapping(ContactApi.PATH)
@Tag(name = "Hotline", description = "Contacts (calls, messages, walk-ins), caller history, lines and categories")
class ContactApi {

    static final String PATH = "/api/v1/contacts";

    private final Hotline hotline;
    private final JsonMapper json;

    ContactApi(Hotline hotline, JsonMapper json) {
        this.hotline = hotline;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Record a contact (hotline counsellors and supervisors)",
            description = "Only `type` is required; data contacts (ABOUT_SELF, ABOUT_OTHER) also need `categories` and "
                    + "`outcome`. The phone may be written any way; it is stored in E.164, encrypted. `gbvRelated` is "
                    + "derived from the categories and ignored if sent. With an `Idempotency-Key`, a repeat of the same "
                    + "request returns the first contact with 200 instead of 201; the key with other details is 409 "
                    + "`idempotency-key-reused`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "GBV call", value = ApiExamples.GBV_CALL),
                    @ExampleObject(name = "Silent call", value = ApiExamples.SILENT_CALL)})))
    ResponseEntity<Contact> record(@RequestBody ContactDraft draft,
                                   @Parameter(description = "a fresh token per contact, e.g. a UUID; 1–100 ASCII characters")
                                   @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        if (key == null) {
            return created(hotline.record(draft));
        }
        RecordedContact recorded = hotline.record(draft, key);
        return recorded.created() ? created(recorded.contact()) : versioned(recorded.contact());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact with its personal details (counsellors and supervisors of its organisation)",
            description = "Audited. The ETag is the version to send back in If-Match. A contact of another "
                    + "organisation answers 404, like one that does not exist.")
    ResponseEntity<Contact> one(@PathVariable long id) {
        return versioned(hotline.find(id));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a contact (JSON merge-patch)",
            description = "Send only the fields to change; `null` empties a field. If-Match with the ETag read is "
                    + "required (428 `precondition-required` without it, 409 `stale-version` when someone changed the "
                    + "contact since).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "Raise urgency", value = ApiExamples.PATCH))))
    ResponseEntity<Contact> change(@PathVariable long id, @RequestBody JsonNode patch,
                                   @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        int version = Versions.fromIfMatch(ifMatch, "hotline");
        return versioned(hotline.update(id, version, MergePatch.of(json, patch)));
    }

    @PostMapping("/{id}/do-not-call-back")
    @Operation(summary = "Mark a contact \"do not call back\"",
            description = "Needs no If-Match: it only makes the contact safer. Clears the call-back window; idempotent.")
    ResponseEntity<Contact> doNotCallBack(@PathVariable long id) {
        return versioned(hotline.markDoNotCallBack(id));
    }

    @GetMapping
    @Operation(summary = "List the contacts of the caller's organisation, newest first, without personal details",
            description = "Days are calendar days in Asia/Ho_Chi_Minh, both inclusive. `category` includes the "
                    + "categories below it. The filters match the dimensions of the contact figures reporting reads, "
                    + "so a count can link to its contacts, e.g. "
                    + "`?from=2026-01-01&to=2026-12-31&type=ABOUT_SELF&channel=PHONE&urgency=URGENT&gbv=true&commune=06685`.")
    ContactPage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                     @RequestParam(required = false) @Nullable ContactType type,
                     @RequestParam(required = false) @Nullable String category,
                     @RequestParam(required = false) @Nullable Long line,
                     @RequestParam(required = false) @Nullable Long counsellor,
                     @RequestParam(required = false) @Nullable Urgency urgency,
                     @RequestParam(required = false) @Nullable Channel channel,
                     @RequestParam(required = false) @Nullable Direction direction,
                     @Parameter(description = "true: GBV-related contacts only; false: the others")
                     @RequestParam(required = false) @Nullable Boolean gbv,
                     @Parameter(description = "commune code (the contact's locality)")
                     @RequestParam(required = false) @Nullable String commune,
                     @Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page,
                     @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
        return hotline.search(new ContactQuery(from, to, type, category, line, counsellor, urgency, channel, direction,
                gbv, blankToNull(commune), page, size));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseEntity<Contact> created(Contact contact) {
        return Versions.created(PATH + "/" + contact.id(), contact.version(), contact);
    }

    private static ResponseEntity<Contact> versioned(Contact contact) {
        return Versions.ok(contact.version(), contact);
    }
}
