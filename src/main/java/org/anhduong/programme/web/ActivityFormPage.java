package org.anhduong.programme.web;

import java.util.List;

/** The form of a new activity. */
public record ActivityFormPage(ActivityForm form, List<Choice> kinds, List<Choice> models, List<Choice> campaigns,
                               String communeName, FormErrors errors) {
}
