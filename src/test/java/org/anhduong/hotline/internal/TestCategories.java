package org.anhduong.hotline.internal;

import java.util.List;

/** A small category tree shaped like the seeded one, for rule tests that need no database. */
final class TestCategories {

    private TestCategories() {
    }

    static CategoryTree tree() {
        return new CategoryTree(List.of(
                row("GBV", null, true, false, true),
                row("GBV_RAPE", "GBV", false, false, true),
                row("DOMESTIC_VIOLENCE", null, true, false, true),
                row("DV_PHYSICAL", "DOMESTIC_VIOLENCE", false, false, true),
                row("DV_LOCAL_EXTRA", "DV_PHYSICAL", false, false, true),
                row("TRAFFICKING", null, true, false, true),
                row("SEXUAL_HARASSMENT", null, true, false, true),
                row("CHILD_ABUSE", null, false, false, true),
                row("MENTAL_HEALTH", null, false, false, true),
                row("MENTAL_HEALTH_SUICIDAL", "MENTAL_HEALTH", false, true, true),
                row("LEGAL_QUESTIONS", null, false, false, true),
                row("RETIRED", null, false, false, false)));
    }

    static CategoryRow row(String code, String parent, boolean gbv, boolean selfHarm, boolean active) {
        return new CategoryRow(code, parent, gbv, selfHarm, code + " vi", code + " en", active, 0, 0);
    }
}
