package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What crosses from one run of blocks to the next, with windows small enough to see it. */
class BlockRunsTest {

    // Runs of 64 chars, blocks up to 256: the articles below span dozens of runs.
    private final MarkdownRenderer renderer = new MarkdownRenderer(64);

    @Test
    void referenceLinksResolveAgainstDefinitionsAtTheEnd() {
        String markdown = paragraphs(30) + "See [the report][r] and ![the chart][c].\n\n" + paragraphs(30)
                + "[r]: https://example.com/report \"Report\"\n[c]: https://example.com/chart.png\n";

        String html = renderer.render(markdown).html();

        assertTrue(html.contains("<a href=\"https://example.com/report\" title=\"Report\">the report</a>"), html);
        assertTrue(html.contains("<img src=\"https://example.com/chart.png\" alt=\"the chart\" />"), html);
        assertEquals(new MarkdownRenderer().render(markdown), renderer.render(markdown));
    }

    @Test
    void repeatedHeadingsAreNumberedAcrossTheWholeArticle() {
        String markdown = "## Results\n\n" + paragraphs(20) + "## Results\n\n" + paragraphs(20) + "## Results\n";

        String html = renderer.render(markdown).html();

        assertTrue(html.contains("<h2 id=\"results\">"), html);
        assertTrue(html.contains("<h2 id=\"results-1\">"), html);
        assertTrue(html.contains("<h2 id=\"results-2\">"), html);
    }

    @Test
    void fencedCodeLongerThanAnyWindowStaysOneCodeBlock() {
        String code = IntStream.range(0, 200).mapToObj(i -> "# not a heading " + i + "\n")
                .collect(Collectors.joining());
        String markdown = "Intro\n\n````sh\n" + code + "```\n````\n\nOutro\n";

        RenderedText rendered = renderer.render(markdown);

        assertEquals(1, rendered.html().split("<pre>", -1).length - 1, rendered.html());
        assertTrue(rendered.html().contains("<code class=\"language-sh\"># not a heading 0\n"), rendered.html());
        // The shorter inner fence is code too (the sanitizer writes ` as &#96;).
        assertTrue(rendered.html().endsWith("&#96;&#96;&#96;\n</code></pre>\n<p>Outro</p>"), rendered.html());
        assertEquals(new MarkdownRenderer().render(markdown), rendered);
    }

    @Test
    void aCodeBlockAloneInItsRunComesOutAsItsHtmlWouldBeSanitized() {
        String code = "if (a < b && c > \"d\") { return 'e'; } // &amp; ‹\n".repeat(40);
        for (String fence : new String[] {"```java\n" + code + "```\n", "~~~ c\\+\\+ extra\n" + code,
            "```\n\n" + code + "\n```\n", "````` &lt;x&gt;\n" + code + "`````\n"}) {
            // One run of three blocks for the default window, the code block alone in a run here.
            String markdown = "Intro\n\n" + fence + "\nOutro\n";
            assertEquals(new MarkdownRenderer().render(markdown), renderer.render(markdown), markdown);
        }
    }

    @Test
    void aParagraphLongerThanTheLongestWindowIsCutButKeepsAllItsWords() {
        String words = IntStream.range(0, 500).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

        RenderedText rendered = renderer.render("*" + words + "*");

        assertEquals(500, rendered.wordCount());
        assertEquals(words, rendered.plaintext().replace("\n\n", " ").replace("*", ""));
    }

    private static String paragraphs(int count) {
        return IntStream.range(0, count).mapToObj(i -> "Paragraph " + i + " of the story.\n\n")
                .collect(Collectors.joining());
    }
}
