package org.anhduong.referral.web;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** The form to add or edit a service; {@code id} is null for a new one. */
public record ServicePage(@Nullable Long id, ServiceForm form, List<Choice> organisations, List<Choice> types,
                          List<Choice> eligibility, List<Choice> publicFields, Problems errors, boolean stale) {
}
