package org.anhduong.reporting.internal.export;

/** Text made safe inside XHTML content and attribute values. */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes markup characters and drops what XML 1.0 cannot hold (control characters other than tab and line
     * breaks, U+FFFE, U+FFFF); a lone surrogate becomes U+FFFD.
     */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append((char) cp);
                default -> {
                    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
                        return;
                    }
                    out.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 0xFFFD : cp);
                }
            }
        });
        return out.toString();
    }
}
