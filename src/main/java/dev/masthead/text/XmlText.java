package dev.masthead.text;

/**
 * Text as XML 1.0 can carry it. Titles, names and bodies may hold any
 * Unicode, but XML 1.0 has no way at all to write C0 controls other than
 * TAB, LF and CR, U+FFFE, U+FFFF or half a surrogate pair (not even as
 * character references), and JDOM refuses them: they are dropped. Every
 * other character, emoji and bidirectional marks included, is kept.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 cannot carry; null stays null. */
    public static String of(String text) {
        if (text == null || allowed(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    kept.append(c).append(text.charAt(++i));
                }
            } else if (legal(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The HTML for an RSS content:encoded CDATA section, which cannot hold its own end marker. */
    public static String cdata(String html) {
        String text = of(html);
        return text == null ? null : text.replace("]]>", "]]&gt;");
    }

    /** Whether the text is fine as it is, the usual case: then it is not copied. */
    private static boolean allowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || !legal(c)) {
                return false;
            }
        }
        return true;
    }

    /** A BMP character XML 1.0 allows; surrogates are judged in pairs elsewhere. */
    private static boolean legal(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
