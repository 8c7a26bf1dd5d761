package org.anhduong.hotline.web;

import java.util.List;

/**
 * The incoming-calls panel of the live screen.
 *
 * @param fingerprint what the panel shows, in short (call ids and states, never numbers): the next poll sends it back
 *                    and gets "nothing new" while it holds, so a screen reader does not hear the list every 3 seconds
 * @param canTake     the user records contacts (counsellors and supervisors), so "take the call" is offered
 */
public record IncomingView(List<IncomingCall> calls, String fingerprint, boolean canTake) {

    public IncomingView {
        calls = List.copyOf(calls);
    }
}
