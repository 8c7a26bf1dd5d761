package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The visit form as posted: every field as typed, and the follow-up action rows shown ({@code action0},
 * {@code owner0}, {@code dueOn0}, …). Rows left blank are no actions; one more row is added without JavaScript by a
 * submit button of its own.
 */
public record VisitForm(@Nullable String visitedOn, @Nullable String modelId, @Nullable String communeCode,
                        @Nullable String findings, @Nullable String recommendations, List<ActionRow> actions) {

    /** Rows a new form shows: enough for most visits, and the button adds more. */
    static final int FIRST_ROWS = 3;

    /** The service's own limit on actions; the form offers no more rows than that. */
    static final int MAX_ROWS = 50;

    public VisitForm {
        actions = List.copyOf(actions);
    }

    static VisitForm blank() {
        return new VisitForm(null, null, null, null, null, blankRows(0, FIRST_ROWS));
    }

    /** The form as posted; {@code extraRows} more blank rows at the end (when one more was asked for). */
    static VisitForm of(Map<String, String> posted, int extraRows) {
        int rows = FIRST_ROWS;
        try {
            rows = Integer.parseInt(posted.getOrDefault("rows", "").strip());
        } catch (NumberFormatException e) {
            // a hand-made request: the first rows then
        }
        rows = Math.clamp(rows, 1, MAX_ROWS);
        var actions = new ArrayList<ActionRow>();
        for (int i = 0; i < rows; i++) {
            actions.add(new ActionRow(i, posted.get("action" + i), posted.get("owner" + i), posted.get("dueOn" + i)));
        }
        actions.addAll(blankRows(rows, Math.min(rows + extraRows, MAX_ROWS)));
        return new VisitForm(posted.get("visitedOn"), posted.get("modelId"), posted.get("communeCode"),
                posted.get("findings"), posted.get("recommendations"), actions);
    }

    private static List<ActionRow> blankRows(int from, int to) {
        var rows = new ArrayList<ActionRow>();
        for (int i = from; i < to; i++) {
            rows.add(new ActionRow(i, null, null, null));
        }
        return rows;
    }

    public boolean canAddRow() {
        return actions.size() < MAX_ROWS;
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** One follow-up action row as typed; {@code index} names its inputs. */
    public record ActionRow(int index, @Nullable String action, @Nullable String owner, @Nullable String dueOn) {

        boolean blank() {
            return isBlank(action) && isBlank(owner) && isBlank(dueOn);
        }

        private static boolean isBlank(@Nullable String text) {
            return text == null || text.isBlank();
        }
    }
}
