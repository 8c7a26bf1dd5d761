package org.anhduong.hotline.web;

/** One option of a select, radio group or checkbox list: the value sent and the words shown. */
public record Choice(String value, String label) {
}
