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
}
