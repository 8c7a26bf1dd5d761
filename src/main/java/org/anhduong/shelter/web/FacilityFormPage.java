package org.anhduong.shelter.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The form of a new facility (id null) or of a stored one; read-only for anyone but administrators. */
public record FacilityFormPage(@Nullable Long id, int version, FacilityForm form, List<Choice> organisations,
                               List<Choice> kinds, FormErrors errors, boolean stale, boolean addressShown) {
}
