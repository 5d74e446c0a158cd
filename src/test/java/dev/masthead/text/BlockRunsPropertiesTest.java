package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Rendering an article run by run must give exactly what one parse of the whole article gives,
 * as long as no block is longer than the longest window. The windows here are as small as that
 * allows, so generated documents of a few hundred chars split into many runs.
 */
class BlockRunsPropertiesTest {

    private static final List<String> LINES = List.of("", "", "", "Some text", "more *em* and **strong**",
            "_under_ `code` ``x``", "# Heading", "## Heading", "Heading", "===", "---", "- item", "- item two",
            "  - nested", "* star item", "1. one", "2) two", "10. ten", "> quote", "> > deeper", ">",
            "    indented code", "\tcode", "```", "```java", "~~~", "````", "| a | b |", "|---|:-:|",
            "| c | d |", "[foo]: /url", "[Foo]: /other \"T\"", "[bar]:", "  /dest", "\"title\"",
            "[foo] and [Foo][] and [bar]", "![foo]", "[x](/y)", "***", "* * *", "two trailing  ",
            "back\\", "&amp; &copy;", "   # spaced", "lazy", "+ plus", "-", "1.", "> - quoted item",
            "    - deep", "\t- tabbed", "  ```", "   ~~~~ info", "``` x", "[^1]: note", "[foo]:",
            "<https://a.example>", "![img](https://a.example/i.png \"t\")", "| x |", "|-|", "a | b");

    private static final List<String> HTML_LINES =
            List.of("<div>", "</div>", "<!-- c", "-->", "<pre>", "</pre>", "<em>x", "</em>", "<?x", "?>",
                    "<custom-tag>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<script>", "</script>",
                    "<textarea>", "</textarea>", "<style>");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .maxOpenBlockParsers(32)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    @Property(tries = 1000)
    void articleRendersAsOneParseWouldRenderIt(@ForAll("articles") String markdown,
            @ForAll @IntRange(max = 40) int slack) {
        int window = smallestExactWindow(markdown) + slack;
        Statistics.label("runs").collect(window < markdown.length() ? "several" : "one");

        // No raw HTML here: the sanitizer closes what a run leaves open at the run's end.
        assertEquals(new MarkdownRenderer().render(markdown), new MarkdownRenderer(window).render(markdown));
    }

    @Property(tries = 1000)
    void runsOfAnyMarkupConcatenateToTheHtmlOfOneParse(@ForAll("markup") String markdown,
            @ForAll @IntRange(max = 40) int slack) {
        StringBuilder runs = new StringBuilder();
        new BlockRuns(PARSER, PARSER, smallestExactWindow(markdown) + slack)
                .forEach(markdown, document -> runs.append(HTML.render(document)));

        assertEquals(HTML.render(PARSER.parse(markdown)), runs.toString());
    }

    @Provide
    Arbitrary<String> articles() {
        return documents(LINES);
    }

    /** Raw HTML too, but no link definitions: only MarkdownRenderer shares those across runs. */
    @Provide
    Arbitrary<String> markup() {
        return documents(concat(LINES.stream().filter(line -> !line.contains("]:")).toList(), HTML_LINES));
    }

    private static Arbitrary<String> documents(List<String> lines) {
        Arbitrary<String> separators = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        return Arbitraries.of(lines).list().ofMinSize(1).ofMaxSize(60)
                .flatMap(chosen -> separators.list().ofSize(chosen.size()).map(breaks -> {
                    StringBuilder document = new StringBuilder();
                    for (int i = 0; i < chosen.size(); i++) {
                        document.append(chosen.get(i)).append(breaks.get(i));
                    }
                    return document.toString();
                }));
    }

    /**
     * The smallest window with which BlockRuns never has to cut: from the start of each run of
     * blocks it may hand on, the longest window must reach past the first two lines of the next
     * one (a table is only a table once its delimiter row is read), or to the end. Definitions go
     * with the block after them (commonmark splits them off a paragraph only when it closes). A
     * fenced code block needs only its opening line; the window then stretches to its end.
     */
    private static int smallestExactWindow(String markdown) {
        List<Integer> starts = new ArrayList<>();
        List<Boolean> fences = new ArrayList<>();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (!(block.getPrevious() instanceof LinkReferenceDefinition)) {
                starts.add(lineStart(markdown, block.getSourceSpans().get(0).getInputIndex()));
                fences.add(block instanceof FencedCodeBlock);
            }
        }
        int longest = 1;
        for (int k = 0; k < starts.size(); k++) {
            int windowStart = k == 0 ? 0 : starts.get(k);
            int reach = fences.get(k) ? lineEnd(markdown, starts.get(k))
                    : k + 1 < starts.size() ? lineEnd(markdown, lineEnd(markdown, starts.get(k + 1)))
                    : markdown.length();
            longest = Math.max(longest, reach - windowStart);
        }
        return (longest + BlockRuns.LONGEST_BLOCK_WINDOWS - 1) / BlockRuns.LONGEST_BLOCK_WINDOWS;
    }

    private static int lineStart(String text, int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i < text.length() - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n' ? i + 2
                : Math.min(i + 1, text.length());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
