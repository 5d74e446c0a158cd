package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcerptsTest {

    @Test
    void shortTextIsUntouched() {
        assertEquals("Polls close at ten.", Excerpts.fromPlaintext("Polls close at ten.", 300));
    }

    @Test
    void textExactlyAtTheLimitIsNotCut() {
        assertEquals("abcde fghij", Excerpts.fromPlaintext("abcde fghij", 11));
    }

    @Test
    void whitespaceIsCollapsed() {
        assertEquals("Polls close at ten.", Excerpts.fromPlaintext("  Polls\tclose \n at\u00A0ten.  ", 300));
    }

    @Test
    void takesTheFirstParagraph() {
        assertEquals("Lede paragraph here.",
                Excerpts.fromPlaintext("\n\nLede paragraph here.\n\nSecond paragraph.", 300));
    }

    @Test
    void longTextIsCutAtWordBoundaryWithEllipsis() {
        String text = "The minister resigned on Tuesday after weeks of pressure from backbenchers.";

        assertEquals("The minister resigned on…", Excerpts.fromPlaintext(text, 26));
        assertEquals("The minister resigned on…", Excerpts.fromPlaintext(text, 29));
    }

    @Test
    void trailingPunctuationIsTrimmedBeforeEllipsis() {
        assertEquals("Rates rose…", Excerpts.fromPlaintext("Rates rose, again, and again and again", 14));
        assertEquals("Rates rose…", Excerpts.fromPlaintext("Rates rose: “again” and again", 13));
    }

    @Test
    void overlongSingleWordIsHardCut() {
        assertEquals("abcd…", Excerpts.fromPlaintext("abcdefghij", 5));
    }

    @Test
    void neverSplitsASurrogatePair() {
        // Each emoji is two chars; a cut after 3 chars would land inside the second one.
        String excerpt = Excerpts.fromPlaintext("😀😀😀😀😀", 4);

        assertEquals("😀…", excerpt);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\n\t"})
    void blankGivesEmpty(String text) {
        assertEquals("", Excerpts.fromPlaintext(text, Excerpts.DEFAULT_LENGTH));
    }

    @Test
    void rejectsNonPositiveLength() {
        assertThrows(IllegalArgumentException.class, () -> Excerpts.fromPlaintext("x", 0));
    }
}
