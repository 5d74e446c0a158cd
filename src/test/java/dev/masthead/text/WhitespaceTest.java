package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void isWhitespaceMatchesExactlyWhatThePatternMatches() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String hex = Integer.toHexString(c);
            assertEquals(Whitespace.PATTERN.matcher(String.valueOf((char) c)).matches(),
                    Whitespace.isWhitespace((char) c), () -> "U+" + hex);
        }
    }
}
