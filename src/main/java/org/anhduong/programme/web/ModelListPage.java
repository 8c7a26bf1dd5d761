package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The registry's list; {@code editor} offers the form. */
public record ModelListPage(List<ModelRow> models, boolean editor, @Nullable String noticeKey) {

    /** One model as listed. */
    public record ModelRow(long id, String name, String kind, boolean pilot, String status, String since,
                           String communes) {
    }
}
