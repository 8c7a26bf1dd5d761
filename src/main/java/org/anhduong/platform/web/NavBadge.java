package org.anhduong.platform.web;

/**
 * A count shown beside the navigation entry with the same path (e.g. alerts waiting to be acknowledged), worked out
 * for the signed-in user on every page where the entry is visible; zero shows nothing. Keep it one indexed query.
 */
public interface NavBadge {

    String path();

    long count();
}
