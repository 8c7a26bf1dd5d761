package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** The notes tab: notes newest first, each naming the note it corrects, and the form for a new one. */
public record NotePage(CaseFileHeader header, @Nullable String notice, List<Row> notes, List<Choice> correctable,
                       String text, String corrects, FormErrors errors) {

    public NotePage {
        notes = List.copyOf(notes);
        correctable = List.copyOf(correctable);
    }

    /** One note; {@code corrects} is the number shown for the corrected note, {@code correctedBy} the later ones. */
    public record Row(long id, String text, String author, Instant at, @Nullable Long corrects,
                      List<Long> correctedBy) {

        public Row {
            correctedBy = List.copyOf(correctedBy);
        }

        public String anchor() {
            return "note-" + id;
        }
    }
}
