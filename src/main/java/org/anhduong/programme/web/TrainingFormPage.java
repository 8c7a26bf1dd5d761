package org.anhduong.programme.web;

import java.util.List;

/** The form of a new training. */
public record TrainingFormPage(TrainingForm form, List<Choice> topics, List<Choice> levels, List<Choice> models,
                               String communeName, FormErrors errors) {
}
