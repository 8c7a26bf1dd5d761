package org.anhduong.referral.web;

import org.anhduong.referral.Pathway;
import java.util.List;

/** The pathway being edited: its current services in order, and the services it may name. */
public record PathwayEditing(Pathway pathway, List<Choice> candidates, List<String> chosen) {
}
