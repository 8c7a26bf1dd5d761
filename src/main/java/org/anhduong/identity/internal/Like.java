package org.anhduong.identity.internal;

/** Escapes user text for a LIKE pattern so % and _ match themselves. */
final class Like {

    private Like() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
