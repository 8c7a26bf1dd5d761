package org.anhduong.geography.web;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** What the commune picker accepts: the words typed, folded, and the name of the field it fills. */
final class CommuneQuery {

    static final String SUFFIX = "Query";
    /** Longer than any commune's name with its province's; more is not a search. */
    static final int MAX_LENGTH = 80;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private CommuneQuery() {
    }

    /** The folded words ("Móng Cái" and "MONG  cai" both give "mong cai", "Đầm Hà" gives "dam ha"); "" for none. */
    static String fold(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String folded = VietnameseText.fold(typed);
        return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH).strip();
    }

    /**
     * The field's id as given, when it is a plain identifier (it becomes element ids in the results).
     *
     * @throws InvalidInputException otherwise
     */
    static String field(String field) {
        if (!FIELD.matcher(field).matches()) {
            throw new InvalidInputException("field", "validation.format");
        }
        return field;
    }
}
