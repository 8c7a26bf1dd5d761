package org.anhduong.platform.web;

/** The view model of the error page: a status and a message key, never the input that caused the error. */
public record ErrorView(int status, String messageKey, Object[] args) {
}
