package org.anhduong.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anhduong.casework.CaseNote;
import org.anhduong.casework.CaseNotes;
import org.anhduong.casework.NewNote;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping(CaseApi.PATH + "/{id}/notes")
@Tag(name = "Casework: notes", description = "Notes on a case, append-only: a correction is a new note naming the "
        + "note it corrects (`corrects`); nothing is edited or deleted.")
class NoteApi {

    private final CaseNotes notes;

    NoteApi(CaseNotes notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(summary = "The case's notes, newest first", description = "Audited as note.read.")
    List<CaseNote> list(@PathVariable long id) {
        return notes.of(id);
    }

    @PostMapping
    @Operation(summary = "Write a note", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = {
                    @ExampleObject(name = "A note", value = WorkApiExamples.NOTE),
                    @ExampleObject(name = "A correction", value = WorkApiExamples.CORRECTION)})))
    ResponseEntity<CaseNote> write(@PathVariable long id, @RequestBody NewNote note) {
        CaseNote written = notes.write(id, note);
        return ResponseEntity.created(URI.create(CaseApi.PATH + "/" + id + "/notes")).body(written);
    }
}
