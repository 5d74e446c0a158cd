package dev.masthead.text;

import java.util.regex.Matcher;
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
        // One char past the limit is enough to tell whether the paragraph must be cut, and where.
        String paragraph = firstParagraph(plaintext, maxLength < Integer.MAX_VALUE ? maxLength + 1 : maxLength);
        if (paragraph.length() <= maxLength) {
            return paragraph;
        }
        return cut(paragraph, maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * The first paragraph with non-blank text, whitespace-collapsed and trimmed, but only its
     * first {@code limit} chars: an article may be one paragraph of a million chars, and the
     * excerpt never needs more than its start.
     */
    private static String firstParagraph(String plaintext, int limit) {
        Matcher breaks = PARAGRAPH_BREAK.matcher(plaintext);
        int start = 0;
        while (start <= plaintext.length()) {
            int end = breaks.find(start) ? breaks.start() : plaintext.length();
            String collapsed = collapsedPrefix(plaintext, start, end, limit);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
            start = end == plaintext.length() ? end + 1 : breaks.end();
        }
        return "";
    }

    /** {@link Whitespace#collapse} of {@code text[from, to)}, stopped after {@code limit} chars. */
    private static String collapsedPrefix(String text, int from, int to, int limit) {
        StringBuilder collapsed = new StringBuilder(Math.min(limit, to - from));
        // Whitespace (one ' ' per run) and the controls String.strip() also trims are held back
        // until visible text follows, so both ends come out trimmed as collapse() trims them.
        StringBuilder held = new StringBuilder();
        for (int i = from; i < to && collapsed.length() < limit; i++) {
            char c = text.charAt(i);
            if (Whitespace.isWhitespace(c)) {
                if (held.isEmpty() || held.charAt(held.length() - 1) != ' ') {
                    held.append(' ');
                }
            } else if (Character.isWhitespace(c)) {
                held.append(c);
            } else {
                if (!collapsed.isEmpty()) {
                    collapsed.append(held);
                }
                held.setLength(0);
                collapsed.append(c);
            }
        }
        collapsed.setLength(Math.min(collapsed.length(), limit));
        return collapsed.toString();
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
