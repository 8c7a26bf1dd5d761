package org.anhduong.platform.web;

/** One invalid field: its name in the form or JSON body and a message key (never the rejected value). */
public record FieldProblem(String field, String messageKey, Object... args) {
}
