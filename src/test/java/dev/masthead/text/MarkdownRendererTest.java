package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t\n"})
    void nullOrBlankRendersEmpty(String markdown) {
        assertEquals(new RenderedText("", "", 0, 0), renderer.render(markdown));
    }

    @Test
    void headingsGetIds() {
        String html = renderer.render("# Budget 2026\n\n## Shifting alliances\n\n### Shifting alliances")
                .html();

        assertTrue(html.contains("<h1 id=\"budget-2026\">Budget 2026</h1>"), html);
        assertTrue(html.contains("<h2 id=\"shifting-alliances\">Shifting alliances</h2>"), html);
        // Duplicate headings still get distinct anchors.
        assertTrue(html.contains("<h3 id=\"shifting-alliances-1\">"), html);
    }

    @Test
    void gfmTableRendersAsTable() {
        String html = renderer.render("""
                | Party | Seats |
                |:------|------:|
                | Blue  | 120   |
                """).html();

        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th align=\"left\">Party</th>"), html);
        assertTrue(html.contains("<td align=\"right\">120</td>"), html);
    }

    @Test
    void inlineFormattingLinksAndLists() {
        String html = renderer.render("""
                Some *emphasis*, **strong** and `code` with [a link](https://example.com/a "Title").

                - first
                - second

                3. three
                4. four
                """).html();

        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("<strong>strong</strong>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<a href=\"https://example.com/a\" title=\"Title\">a link</a>"), html);
        assertTrue(html.contains("<ul><li>first</li><li>second</li></ul>"), html);
        assertTrue(html.contains("<ol start=\"3\"><li>three</li><li>four</li></ol>"), html);
    }

    @Test
    void keepsSafeUrlsAndCodeLanguage() {
        String html = renderer.render("""
                [mail](mailto:desk@example.com) [story](/articles/42) [up](#top)
                ![chart](https://cdn.example.com/chart.png "Seats")

                ```java
                var x = 1;
                ```
                """).html();

        assertTrue(html.contains("href=\"mailto:"), html);
        assertTrue(html.contains("<a href=\"/articles/42\">story</a>"), html);
        assertTrue(html.contains("<a href=\"#top\">up</a>"), html);
        assertTrue(html.contains("<img src=\"https://cdn.example.com/chart.png\" alt=\"chart\" title=\"Seats\" />"),
                html);
        assertTrue(html.contains("<pre><code class=\"language-java\">"), html);
    }

    @Test
    void imagesNeedAnAbsoluteHttpUrl() {
        String html = renderer.render(
                "![a](/media/a.png) ![b](mailto:x@example.com) ![src](//cdn.example.com/c.png) "
                        + "![d](HTTPS://e.example/d.png)")
                .html();

        // Images whose src is rejected are dropped rather than left as broken-image boxes.
        assertEquals("<p>   <img src=\"HTTPS://e.example/d.png\" alt=\"d\" /></p>", html);
    }

    @Test
    void sharedInstanceIsSafeAcrossThreads() {
        List<String> inputs = IntStream.range(0, 200)
                .mapToObj(i -> "# Heading " + i + "\n\n## Heading " + i + "\n\nBody *" + i + "* & more")
                .toList();
        List<RenderedText> sequential = inputs.stream().map(renderer::render).toList();

        List<RenderedText> parallel = inputs.parallelStream().map(renderer::render).toList();

        assertEquals(sequential, parallel);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Before <script>alert(1)</script> after",
        "<img src=x onerror=alert(1)>",
        "Inline <img src=x onerror=alert(1)> image",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<style>body{}</style>",
        "<div><p onclick=\"x\"><scr<script>ipt>alert(1)</script></p></div>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "<svg><script>alert(1)</script></svg>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<a href=\"https://example.com\" onmouseover=\"alert(1)\">x</a>",
    })
    void hostileInputIsNeutralised(String markdown) {
        RenderedText rendered = renderer.render(markdown);
        String html = rendered.html();
        String lowerHtml = html.toLowerCase(Locale.ROOT);

        Markup.assertSafe(html);
        assertFalse(lowerHtml.contains("javascript:"), html);
        assertFalse(lowerHtml.contains("vbscript:"), html);
        assertFalse(lowerHtml.contains("data:"), html);
        assertFalse(lowerHtml.contains("onerror"), html);
        assertFalse(lowerHtml.contains("onclick"), html);
        assertFalse(lowerHtml.contains("onmouseover"), html);
        assertFalse(lowerHtml.contains("style="), html);
        assertFalse(lowerHtml.contains("<div"), html);
        assertFalse(lowerHtml.contains("<scr"), html);
        assertFalse(lowerHtml.contains("<svg"), html);

        String plaintext = rendered.plaintext().toLowerCase(Locale.ROOT);
        assertFalse(plaintext.contains("<"), plaintext);
        assertFalse(plaintext.contains("javascript"), plaintext);
        assertFalse(plaintext.contains("body{}"), plaintext);
    }

    @Test
    void scriptAndStyleBodiesDisappearEntirely() {
        RenderedText rendered = renderer.render(
                "Before <script>alert(1)</script> between <style>body{color:red}</style> after");

        for (String out : new String[] {rendered.html(), rendered.plaintext()}) {
            assertFalse(out.contains("alert"), out);
            assertFalse(out.contains("color"), out);
        }
        assertEquals("Before between after", rendered.plaintext());
        assertEquals(3, rendered.wordCount());
    }

    @Test
    void malformedNestedScriptLeavesOnlyInertText() {
        // Browsers read "<scr<script>" as one odd tag name, so "ipt>alert(1)" is ordinary text,
        // not script; it must come out escaped with every tag around it gone.
        RenderedText rendered =
                renderer.render("<div><p onclick=\"x\"><scr<script>ipt>alert(1)</script></p></div>");

        assertEquals("<p>ipt&gt;alert(1)</p>", rendered.html());
        assertEquals("ipt>alert(1)", rendered.plaintext());
    }

    @Test
    void harmlessRawHtmlIsUnwrappedNotShownAsCode() {
        RenderedText rendered = renderer.render("<div class=\"x\">Kept <span>text</span></div>");

        assertEquals("Kept text", rendered.html());
        assertEquals("Kept text", rendered.plaintext());
    }

    @Test
    void textMentioningJavascriptUrlsIsEscapedNotDropped() {
        // Journalists write about attacks; the words stay, but only as escaped text.
        RenderedText rendered = renderer.render("Never paste `<a href=\"javascript:x\">` anywhere.");

        Markup.assertSafe(rendered.html());
        assertTrue(rendered.html().contains("&lt;a href"), rendered.html());
        assertEquals("Never paste <a href=\"javascript:x\"> anywhere.", rendered.plaintext());
    }

    @Test
    void plaintextHasOneBlockPerLineAndNoMarkup() {
        RenderedText rendered = renderer.render("""
                # Election night

                The **polls** closed at   *ten*,
                and counting began.

                - Turnout rose
                - Two seats changed hands

                > A historic night.

                | Party | Seats |
                |-------|-------|
                | Blue  | 120   |
                """);

        assertEquals("""
                Election night

                The polls closed at ten, and counting began.

                Turnout rose
                Two seats changed hands

                A historic night.

                Party Seats
                Blue 120""", rendered.plaintext());
    }

    @Test
    void entitiesBecomeRealCharactersInPlaintext() {
        RenderedText rendered = renderer.render("Fish & chips &amp; peas &copy; 2026 &lt;b&gt;");

        assertEquals("Fish & chips & peas © 2026 <b>", rendered.plaintext());
        // ...while the HTML keeps them escaped.
        assertTrue(rendered.html().startsWith("<p>Fish &amp; chips &amp; peas © 2026 &lt;b&gt;"),
                rendered.html());
    }

    @Test
    void codeBlocksKeepTheirLinesInPlaintext() {
        RenderedText rendered = renderer.render("Intro\n\n```\nint a = 1;\nint b = 2;\n```\n");

        assertEquals("Intro\n\nint a = 1;\nint b = 2;", rendered.plaintext());
    }

    @Test
    void wordCountIgnoresPunctuationTokens() {
        RenderedText rendered = renderer.render("Rates rise — again. *** - Markets: calm!");

        assertEquals(5, rendered.wordCount());
    }

    @Test
    void wordCountSplitsOnUnicodeWhitespace() {
        RenderedText rendered = renderer.render("one\u00A0two\u2003three");

        assertEquals(3, rendered.wordCount());
    }

    @Test
    void readingTimeRoundsUp() {
        assertEquals(2, renderer.render(words(460)).readingTimeMinutes());
        assertEquals(460, renderer.render(words(460)).wordCount());
        assertEquals(1, renderer.render(words(230)).readingTimeMinutes());
        assertEquals(2, renderer.render(words(231)).readingTimeMinutes());
        assertEquals(1, renderer.render("Hello").readingTimeMinutes());
        assertEquals(1, renderer.render("Hello").wordCount());
        // Text that sanitizes away to nothing has nothing to read.
        assertEquals(0, renderer.render("<script>alert(1)</script>").readingTimeMinutes());
    }

    @Test
    void deepNestingIsCappedNotFatal() {
        RenderedText rendered = renderer.render("> ".repeat(5_000) + "deep\n" + "*".repeat(5_000));

        Markup.assertSafe(rendered.html());
        assertTrue(rendered.plaintext().contains("deep"), rendered.plaintext());
    }

    private static String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i % 12 == 11 ? "word.\n" : "word ");
        }
        return text.toString();
    }
}
