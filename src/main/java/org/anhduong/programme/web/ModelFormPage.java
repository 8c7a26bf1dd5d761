package org.anhduong.programme.web;

import java.util.List;

/** The form of a new model. */
public record ModelFormPage(ModelForm form, List<Choice> kinds, List<Choice> statuses, String communeName,
                            FormErrors errors) {
}
