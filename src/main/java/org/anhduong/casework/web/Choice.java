package org.anhduong.casework.web;

/** One option of a select: the submitted value and the label shown. */
public record Choice(String value, String label) {
}
