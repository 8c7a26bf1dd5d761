package org.anhduong.programme.web;

import java.util.List;

/** The form of a new supervision or evaluation visit. */
public record VisitFormPage(VisitForm form, List<Choice> models, String communeName, FormErrors errors) {
}
