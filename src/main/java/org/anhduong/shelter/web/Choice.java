package org.anhduong.shelter.web;

/** One option of a select or a checkbox group: its value and its label. */
public record Choice(String value, String label) {
}
