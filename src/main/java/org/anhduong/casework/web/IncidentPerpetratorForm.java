package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

/** The "add a perpetrator" form of an incident, with the incident's version as read. */
public record IncidentPerpetratorForm(@Nullable Integer version, @Nullable String relation, @Nullable String sex,
                                      @Nullable String ageGroup, @Nullable String occupation) {

    public static final IncidentPerpetratorForm EMPTY = new IncidentPerpetratorForm(null, null, null, null, null);
}
