package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Trainings around this year; {@code editor} offers the form. */
public record TrainingListPage(List<TrainingRow> trainings, boolean editor, @Nullable String noticeKey) {

    /** One training as listed. */
    public record TrainingRow(long id, String startsOn, String topic, String level, String commune, long female,
                              long male, long total) {
    }
}
