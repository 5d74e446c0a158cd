package dev.masthead.text;

import java.util.List;

import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Builds readable plain text from an already sanitized HTML event stream: one line per block,
 * a blank line between paragraphs, list items and table rows on their own lines.
 *
 * <p>Text arrives entity-decoded from the sanitizer, so "&amp;amp;" becomes a real "&amp;".
 * Not thread-safe; create one per document.
 */
final class PlaintextCollector implements HtmlStreamEventReceiver {

    private static final int NO_BREAK = 0;
    private static final int LINE_BREAK = 1;
    private static final int PARAGRAPH_BREAK = 2;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    // Breaks are only written once the next non-empty line arrives, so nested or empty blocks
    // never produce runs of blank lines and the result never starts or ends with one.
    private int pendingBreak = NO_BREAK;
    private int preDepth;

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
        endLine(NO_BREAK);
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        if ("pre".equals(elementName)) {
            preDepth++;
        }
        boundary(elementName);
    }

    @Override
    public void closeTag(String elementName) {
        if ("pre".equals(elementName) && preDepth > 0) {
            preDepth--;
        }
        boundary(elementName);
    }

    @Override
    public void text(String text) {
        if (preDepth == 0) {
            line.append(text);
            return;
        }
        // Code keeps its line structure; each source line becomes one plaintext line.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                endLine(LINE_BREAK);
            }
            line.append(lines[i]);
        }
    }

    String result() {
        endLine(NO_BREAK);
        return out.toString();
    }

    private void boundary(String elementName) {
        switch (elementName) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
                    "table", "hr" -> endLine(PARAGRAPH_BREAK);
            case "li", "tr", "br", "thead", "tbody" -> endLine(LINE_BREAK);
            // Keep adjacent cells from gluing their words together.
            case "td", "th" -> line.append(' ');
            default -> {
                // Inline elements (em, a, code...) do not break the text.
            }
        }
    }

    private void endLine(int breakAfter) {
        String text = Whitespace.collapse(line);
        line.setLength(0);
        if (!text.isEmpty()) {
            if (!out.isEmpty()) {
                out.append(pendingBreak == PARAGRAPH_BREAK ? "\n\n" : "\n");
            }
            out.append(text);
            pendingBreak = NO_BREAK;
        }
        pendingBreak = Math.max(pendingBreak, breakAfter);
    }
}
