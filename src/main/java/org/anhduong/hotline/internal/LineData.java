package org.anhduong.hotline.internal;

/** A checked line: the number as written and its digits, which make it unique within the organisation. */
record LineData(String number, String digits, String name, long organisationId, boolean active) {
}
