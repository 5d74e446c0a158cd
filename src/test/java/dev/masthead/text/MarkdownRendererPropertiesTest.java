package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownRendererPropertiesTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final List<String> HOSTILE_FRAGMENTS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js>", "</script>",
            "<scr", "ipt>", "<img src=x onerror=alert(1)>", "<img src=\"javascript:alert(1)\">",
            "[click](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](&#106;avascript:x)",
            "[x](data:text/html,<script>x</script>)", "![i](vbscript:x)",
            "<a href=\"javascript:alert(1)\">", "<a href='&#x6A;avascript:x'>", "</a>",
            "<iframe src=//evil.example>", "<style>body{}</style>", "<div onclick=\"x\">",
            "<p onmouseover=alert(1)>", "<svg onload=alert(1)>", "<math>", "<!--", "-->",
            "<![CDATA[", "]]>", "<", ">", "\"", "'", "=", "&", "&#", ";", "`", "```", "\\",
            "[", "]", "(", ")", "!", "*", "_", "#", "> ", "- ", "1. ", "| a | b |", "|---|---|",
            " ", "\n", "\n\n", "    ", "javascript:", "onerror=", " onclick=", "x");

    @Property(tries = 500)
    void arbitraryStringsRenderSafely(@ForAll String markdown) {
        assertRendersSafely(markdown);
    }

    @Property(tries = 1000)
    void markdownLikeStringsRenderSafely(@ForAll("markdownish") String markdown) {
        assertRendersSafely(markdown);
    }

    @Property(tries = 2000)
    void hostileFragmentCombinationsRenderSafely(@ForAll("hostile") String markdown) {
        assertRendersSafely(markdown);
    }

    @Property(tries = 1000)
    void wordCountCountsWhitespaceSeparatedTokensWithALetterOrDigit(@ForAll("spaced") String text) {
        long tokens = Arrays.stream(Whitespace.PATTERN.split(text))
                .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();

        assertEquals(tokens, MarkdownRenderer.countWords(text));
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.of("a", "7", "é", "😀", "𝔘", "—", "-", ".", " ", "\n", "\t", "\u00A0", "\u2003",
                "\u3000", "\u001C", "\u200B").list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings()
                .withChars("<>/\"'=&#;:[]()!*_`|-\\ \n\t")
                .withCharRange('a', 'z')
                .ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(HOSTILE_FRAGMENTS).list().ofMaxSize(12)
                .map(fragments -> String.join("", fragments));
    }

    private static void assertRendersSafely(String markdown) {
        RenderedText rendered = RENDERER.render(markdown);

        assertNotNull(rendered.html());
        assertNotNull(rendered.plaintext());
        // Checks tags with decoded attributes: no <script, no on*= handlers, no javascript:,
        // data: or vbscript: URL anywhere in markup.
        Markup.assertSafe(rendered.html());
        assertEquals(MarkdownRenderer.countWords(rendered.plaintext()), rendered.wordCount());
        assertEquals(MarkdownRenderer.readingTimeMinutes(rendered.wordCount()),
                rendered.readingTimeMinutes());
    }
}
