package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.CaseNote;
import org.anhduong.casework.CaseNotes;
import org.anhduong.casework.NewNote;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The case file's notes tab: read (audited) newest first, and a new note or a correction of an earlier one. */
@Controller
@PreAuthorize("hasAnyRole('" + Roles.CASE_WORKER + "', '" + Roles.SUPERVISOR + "')")
class NoteScreens {

    static final String TAB = "notes";
    static final String VIEW = "casework/work/notes";

    private final CaseNotes notes;
    private final WorkPages pages;
    private final Labels labels;

    NoteScreens(CaseNotes notes, WorkPages pages, Labels labels) {
        this.notes = notes;
        this.pages = pages;
        this.labels = labels;
    }

    @GetMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", page(id, (String) model.getAttribute("notice"), "", "", List.of()));
        return VIEW;
    }

    @PostMapping(CaseFileScreens.PATH + "/{id:\\d+}/" + TAB)
    String write(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                 @RequestParam(defaultValue = "") String corrects, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Long corrected = WorkForms.id(corrects, "corrects", problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            notes.write(id, new NewNote(text, corrected));
            redirect.addFlashAttribute("notice", labels.text("casework.note.saved"));
            return "redirect:" + CaseFileScreens.PATH + "/" + id + "/" + TAB;
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(id, null, text, corrects, e.problems()));
            return VIEW;
        }
    }

    private NotePage page(long id, @Nullable String notice, String text, String corrects, List<FieldProblem> problems) {
        CaseFileHeader header = pages.header(id, TAB);
        List<CaseNote> all = notes.of(id);
        var names = pages.names();
        var rows = all.stream().map(n -> new NotePage.Row(n.id(), n.text(), names.of(n.authorId()), n.writtenAt(),
                n.corrects(), all.stream().filter(later -> Objects.equals(later.corrects(), n.id()))
                .map(CaseNote::id).toList())).toList();
        var correctable = all.stream().map(n -> new Choice(Long.toString(n.id()),
                labels.text("casework.note.choice", Long.toString(n.id()), WorkForms.shown(n.writtenAt().atZone(
                        org.anhduong.platform.web.Ui.ZONE).toLocalDate())))).toList();
        return new NotePage(header, notice, rows, correctable, text, corrects, pages.errors(problems, ""));
    }
}
