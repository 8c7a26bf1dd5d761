package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The model form as posted: every field as typed; the checkbox present when ticked. */
public record ModelForm(@Nullable String name, @Nullable String kind, @Nullable String pilot,
                        @Nullable String programmePeriod, @Nullable String communeCode,
                        @Nullable String otherCommunes, @Nullable String status, @Nullable String statusFrom,
                        @Nullable String partners, @Nullable String funders, @Nullable String objectives) {

    static ModelForm blank() {
        return new ModelForm(null, null, null, null, null, null, "ACTIVE", null, null, null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
