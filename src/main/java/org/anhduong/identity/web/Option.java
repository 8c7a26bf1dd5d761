package org.anhduong.identity.web;

/** One choice of a select or checkbox list: the submitted value and the text people read. */
public record Option(String value, String label) {
}
