package org.anhduong.referral.web;

import org.anhduong.referral.Pathway;
import org.jspecify.annotations.Nullable;
import java.util.List;

/** The pathways page. */
public record PathwaysPage(List<Pathway> pathways, List<Choice> types, String scope, String type,
                           @Nullable PathwayEditing editing, Problems errors, boolean stale, @Nullable String noticeKey) {
}
