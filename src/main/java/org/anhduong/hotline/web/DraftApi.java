package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.LiveCallDraft;
import org.anhduong.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** The signed-in counsellor's or supervisor's live-call draft, so a half-filled contact survives a reload. */
@RestController
@RequestMapping(DraftApi.PATH)
@Tag(name = "Hotline")
class DraftApi {

    static final String PATH = "/api/v1/hotline/draft";

    private final Hotline hotline;
    private final JsonMapper json;

    DraftApi(Hotline hotline, JsonMapper json) {
        this.hotline = hotline;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The caller's own draft (counsellors and supervisors); 204 when there is none")
    ResponseEntity<DraftJson> draft() {
        return hotline.draft(CurrentUser.require().userId()).map(this::json)
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping
    @Operation(summary = "Keep the caller's draft (any JSON up to 64 KiB), replacing the previous one")
    DraftJson save(@RequestBody JsonNode payload) {
        return json(hotline.saveDraft(CurrentUser.require().userId(), json.writeValueAsString(payload)));
    }

    @DeleteMapping
    @Operation(summary = "Throw the caller's draft away")
    ResponseEntity<Void> discard() {
        hotline.discardDraft(CurrentUser.require().userId());
        return ResponseEntity.noContent().build();
    }

    private DraftJson json(LiveCallDraft draft) {
        return new DraftJson(json.readTree(draft.payload()), draft.savedAt());
    }

    /** A draft as the API shows it: the payload as JSON, not as a string of JSON. */
    record DraftJson(JsonNode payload, Instant savedAt) {
    }
}
