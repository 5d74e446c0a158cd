package dev.masthead.search;

/**
 * Snippets as a search page may put them into HTML: the text escaped, the
 * matched words wrapped in {@code <mark>}. An index marks matches with two
 * control characters that Masthead's plaintext never keeps (it strips them
 * from what it marks, see {@link #unmarked}), so an article's own text can
 * neither forge a mark nor leave one open: only markers become tags, every
 * other character is escaped, and a mark left open is closed at the end.
 */
final class Highlights {

    /** Where a matched word starts, as an index writes it. */
    static final char START = '\u0002';
    /** Where it ends. */
    static final char STOP = '\u0003';

    private Highlights() {
    }

    /** The text with any marker characters of its own removed, ready for an index to mark. */
    static String unmarked(String text) {
        if (text == null || (text.indexOf(START) < 0 && text.indexOf(STOP) < 0)) {
            return text;
        }
        return text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }

    /** Marked text as HTML: escaped, each marked run in one {@code <mark>}; null stays null. */
    static String toHtml(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
