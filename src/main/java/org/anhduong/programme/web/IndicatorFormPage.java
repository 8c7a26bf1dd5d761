package org.anhduong.programme.web;

import java.util.List;

/** The form of a new indicator. */
public record IndicatorFormPage(IndicatorForm form, List<Choice> measures, List<Choice> models, FormErrors errors) {
}
