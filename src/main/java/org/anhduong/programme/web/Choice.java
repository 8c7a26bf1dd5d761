package org.anhduong.programme.web;

/** One option of a select. */
public record Choice(String value, String label) {
}
