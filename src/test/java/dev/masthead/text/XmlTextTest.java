package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void dropsWhatXml10CannotCarry() {
        assertEquals("ab", XmlText.of("a\u0001\u0008\u000B\u000C\u001Fb"));
        assertEquals("ab", XmlText.of("a\uFFFE\uFFFFb"));
        assertEquals("xy", XmlText.of("x\uD800y"));
        assertEquals("xy", XmlText.of("x\uDC00y"));
        assertEquals("end", XmlText.of("end\uD83D"));
        assertEquals("", XmlText.of("\uDC00\uD800"));
    }

    @Test
    void keepsEverythingElse() {
        String text = "tab\tlf\ncr\r 📰 👍🏽 \u202Eevil\u202C שלום <script>&amp;</script> ]]> \u007F\u0085 \uFFFD";
        assertSame(text, XmlText.of(text));
        assertEquals("a📰b", XmlText.of("a\u0001📰\uFFFEb"));
        assertNull(XmlText.of(null));
    }

    @Test
    void cdataNeverHoldsItsOwnEnd() {
        assertEquals("a]]&gt;b]]&gt;", XmlText.cdata("a]]>b]]>\u0001"));
        assertNull(XmlText.cdata(null));
    }
}
