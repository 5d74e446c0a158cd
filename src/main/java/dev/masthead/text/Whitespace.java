package dev.masthead.text;

import java.util.regex.Pattern;

/** Unicode-aware whitespace handling shared by the text utilities. */
final class Whitespace {

    /*
     * Java's plain \s only knows ASCII whitespace; editors paste no-break spaces, em spaces and
     * the like from word processors, and those must separate words too.
     */
    static final Pattern PATTERN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Whitespace() {
    }

    /** Replaces every whitespace run with one space and trims both ends. */
    static String collapse(CharSequence text) {
        return PATTERN.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Exactly the characters {@link #PATTERN} matches (Unicode White_Space), for loops that walk
     * long text once instead of running a regex over it. All of them are in the BMP, so testing
     * one {@code char} at a time is enough.
     */
    static boolean isWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
