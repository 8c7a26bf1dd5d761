package org.anhduong.hotline.telephony;

/** The line a request's signature proved it came from. */
record SignedLine(long lineId, String number, long organisationId) {
}
