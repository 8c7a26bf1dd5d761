package org.anhduong.reporting;

/**
 * Who a report is for. Internal reports count every case and show exact numbers to staff allowed to see them.
 * External reports (for funders, the ministry, the public) count only cases whose client consented to statistics,
 * show counts from 1 to 4 as {@code <5} and name no organisation. Viewers always get the aggregate-only view.
 */
public enum Audience {
    INTERNAL,
    EXTERNAL
}
