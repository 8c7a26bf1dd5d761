package org.anhduong.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.platform.web.Versions;
import org.anhduong.programme.Model;
import org.anhduong.programme.ModelDetails;
import org.anhduong.programme.ProgrammeRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(ModelApi.PATH)
@Tag(name = "Programme models", description = "The registry of prevention models. Programme officers and "
        + "administrators record and change them; viewers and supervisors read. Others get 403 `forbidden`.")
class ModelApi {

    static final String PATH = "/api/v1/programme";

    private final ProgrammeRegistry registry;

    ModelApi(ProgrammeRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/models")
    @Operation(summary = "Every model, by name, with its communes and status history")
    List<Model> list() {
        return registry.models();
    }

    @PostMapping("/models")
    @Operation(summary = "Register a model", description = "`kind` is a code of the MODEL_KIND list "
            + "(GET /api/v1/programme/codes/MODEL_KIND); `communes` are commune codes; `status` holds from "
            + "`statusFrom`. 400 `validation-failed` names every bad field.")
    ResponseEntity<Model> create(@RequestBody ModelDetails details) {
        Model created = registry.create(details);
        return Versions.created(PATH + "/models/" + created.id(), created.version(), created);
    }

    @GetMapping("/models/{id}")
    @Operation(summary = "One model", description = "The ETag is its version, for If-Match on PUT.")
    ResponseEntity<Model> find(@PathVariable long id) {
        Model found = registry.find(id);
        return Versions.ok(found.version(), found);
    }

    @PutMapping("/models/{id}")
    @Operation(summary = "Replace a model's details", description = "If-Match is required (428 without it, 409 "
            + "`stale-version` when changed since). A status or status day other than the current one is appended "
            + "to the history, closing the current status the day before.")
    ResponseEntity<Model> replace(@PathVariable long id, @RequestBody ModelDetails details,
                                  @RequestHeader(name = Versions.IF_MATCH, required = false) @Nullable String ifMatch) {
        Model saved = registry.update(id, Versions.fromIfMatch(ifMatch, "programme"), details);
        return Versions.ok(saved.version(), saved);
    }
}
