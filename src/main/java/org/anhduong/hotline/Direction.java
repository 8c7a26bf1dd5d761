package org.anhduong.hotline;

/** Whether the person contacted the hotline or the hotline called them back. */
public enum Direction {
    INCOMING,
    CALL_BACK
}
