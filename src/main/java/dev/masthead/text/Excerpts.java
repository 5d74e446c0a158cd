package dev.masthead.text;

import java.util.regex.Pattern;

/** Short teaser text for article lists, feeds and meta descriptions. */
public final class Excerpts {

    /**
     * Room for a two- or three-sentence teaser on cards and in feeds. Callers with tighter limits
     * (an HTML meta description, ~160 chars) pass their own.
     */
    public static final int DEFAULT_LENGTH = 300;

    private static final String ELLIPSIS = "…";

    // Paragraphs in RenderedText.plaintext are separated by a blank line.
    private static final Pattern PARAGRAPH_BREAK =
            Pattern.compile("\\n\\s*\\n", Pattern.UNICODE_CHARACTER_CLASS);

    private Excerpts() {
    }

    /**
     * Returns the first paragraph of {@code plaintext} with whitespace collapsed, at most
     * {@code maxLength} chars long. Longer paragraphs are cut at a word boundary and end in "…"
     * (counted in the length). Returns "" for null or blank input.
     *
     * @throws IllegalArgumentException if {@code maxLength < 1}
     */
    public static String fromPlaintext(String plaintext, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (plaintext == null || plaintext.isBlank()) {
            return "";
        }
        String paragraph = firstParagraph(plaintext);
        if (paragraph.length() <= maxLength) {
            return paragraph;
        }
        return cut(paragraph, maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }

    private static String firstParagraph(String plaintext) {
        for (String paragraph : PARAGRAPH_BREAK.split(plaintext)) {
            String collapsed = Whitespace.collapse(paragraph);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return "";
    }

    /** Longest prefix of at most {@code budget} chars ending at a word boundary. */
    private static String cut(String text, int budget) {
        if (budget <= 0) {
            return "";
        }
        // text is whitespace-collapsed, so a word boundary is exactly a ' '.
        int end = text.charAt(budget) == ' ' ? budget : text.lastIndexOf(' ', budget);
        if (end <= 0) {
            // A single word longer than the budget: hard cut, but never between the two halves
            // of a surrogate pair (that would leave an invalid character before the ellipsis).
            end = Character.isLowSurrogate(text.charAt(budget)) ? budget - 1 : budget;
        }
        String prefix = text.substring(0, end);
        String trimmed = stripTrailingPunctuation(prefix);
        // "…" after "word," or "word:" reads badly, but keep the prefix if it is all punctuation.
        return trimmed.isEmpty() ? prefix : trimmed;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0) {
            int cp = text.codePointBefore(end);
            int type = Character.getType(cp);
            boolean punctuation = type == Character.OTHER_PUNCTUATION
                    || type == Character.DASH_PUNCTUATION
                    || type == Character.CONNECTOR_PUNCTUATION
                    || type == Character.START_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION;
            if (!punctuation && !Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return text.substring(0, end);
    }
}
