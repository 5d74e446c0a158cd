package dev.masthead.text;

import java.util.List;

import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Builds readable plain text from an already sanitized HTML event stream: one line per block,
 * a blank line between paragraphs, list items and table rows on their own lines.
 *
 * <p>Text arrives entity-decoded from the sanitizer, so "&amp;amp;" becomes a real "&amp;".
 * Whitespace is collapsed as the text streams in, straight into the result, so an article that
 * is one huge paragraph costs no more than its own length. One collector may receive several
 * documents in a row (one per run of blocks, see {@link BlockRuns}); they read as one text.
 * Not thread-safe; create one per article.
 */
final class PlaintextCollector implements HtmlStreamEventReceiver {

    private static final int NO_BREAK = 0;
    private static final int LINE_BREAK = 1;
    private static final int PARAGRAPH_BREAK = 2;

    private final StringBuilder out;
    // Breaks are only written once the next line's first visible character arrives, so nested or
    // empty blocks never produce runs of blank lines and the result never starts or ends with one.
    private int pendingBreak = NO_BREAK;
    private boolean lineStarted;
    // Whitespace after text on the current line: written as one ' ' only if more text follows.
    private boolean spacePending;
    private int preDepth;

    PlaintextCollector(int expectedLength) {
        out = new StringBuilder(expectedLength);
    }

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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && preDepth > 0) {
                // Code keeps its line structure; each source line becomes one plaintext line.
                endLine(LINE_BREAK);
            } else if (Whitespace.isWhitespace(c)) {
                spacePending = lineStarted;
            } else {
                if (!lineStarted) {
                    if (!out.isEmpty()) {
                        out.append(pendingBreak == PARAGRAPH_BREAK ? "\n\n" : "\n");
                    }
                    pendingBreak = NO_BREAK;
                    lineStarted = true;
                } else if (spacePending) {
                    out.append(' ');
                }
                spacePending = false;
                out.append(c);
            }
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
            case "td", "th" -> spacePending = lineStarted;
            default -> {
                // Inline elements (em, a, code...) do not break the text.
            }
        }
    }

    private void endLine(int breakAfter) {
        lineStarted = false;
        spacePending = false;
        pendingBreak = Math.max(pendingBreak, breakAfter);
    }
}
