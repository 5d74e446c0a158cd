package dev.masthead.search;

import static dev.masthead.search.Highlights.START;
import static dev.masthead.search.Highlights.STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksBecomeMarkTags() {
        assertEquals("a <mark>ferry</mark> strike", Highlights.toHtml("a " + START + "ferry" + STOP + " strike"));
    }

    @Test
    void escapesEverythingElse() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", Highlights.toHtml("<b> & \"q\" 's'"));
        assertEquals("&lt;<mark>script</mark>&gt;", Highlights.toHtml("<" + START + "script" + STOP + ">"));
    }

    @Test
    void closesAMarkLeftOpenAndIgnoresAStrayStop() {
        assertEquals("<mark>open</mark>", Highlights.toHtml(START + "open"));
        assertEquals("stray", Highlights.toHtml("stray" + STOP));
        assertEquals("<mark>a b</mark>", Highlights.toHtml(START + "a " + START + "b" + STOP + STOP));
    }

    @Test
    void nullStaysNull() {
        assertNull(Highlights.toHtml(null));
        assertNull(Highlights.unmarked(null));
    }

    @Test
    void unmarkedRemovesForgedMarkers() {
        String forged = "x" + START + "<script>" + STOP + "y";
        assertEquals("x<script>y", Highlights.unmarked(forged));
        assertEquals("x&lt;script&gt;y", Highlights.toHtml(Highlights.unmarked(forged)));
        assertEquals("plain", Highlights.unmarked("plain"));
    }
}
