package org.anhduong.referral.web;

/** One option of a select or a checkbox group: the value sent and the label shown. */
public record Choice(String value, String label) {
}
