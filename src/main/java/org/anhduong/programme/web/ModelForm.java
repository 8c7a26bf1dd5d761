package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

/** The model form as posted: every field as typed; the checkbox present when ticked. */
public record ModelForm(@Nullable Integer version, @Nullable String name, @Nullable String kind, @Nullable String pilot,
                        @Nullable String programmePeriod, @Nullable String communeCode,
                        @Nullable String otherCommunes, @Nullable String status, @Nullable String statusFrom,
                        @Nullable String partners, @Nullable String funders, @Nullable String objectives) {

    static ModelForm blank() {
        return new ModelForm(0, null, null, null, null, null, null, "ACTIVE", null, null, null, null);
    }

    static ModelForm of(org.anhduong.programme.Model m) {
        var communes = m.communes();
        return new ModelForm(m.version(), m.name(), m.kind(), m.pilot() ? "on" : null, m.programmePeriod(),
                communes.isEmpty() ? null : communes.getFirst(),
                communes.size() < 2 ? null : String.join(", ", communes.subList(1, communes.size())),
                m.currentStatus().status().name(),
                org.anhduong.platform.web.FormFields.shown(m.currentStatus().from()), m.partners(), m.funders(),
                m.objectives());
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
