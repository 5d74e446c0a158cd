package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;

/**
 * Markdown shapes that make parsers, renderers or sanitizers do the most work per input char:
 * long delimiter runs, brackets, entities, characters the encoders expand, deep nesting, many
 * tiny blocks, table pipes. {@code '‹'} and {@code "*a"} repeated to the length limit are the
 * two inputs of the attack run that exhausted a 96 MB heap.
 *
 * <p>Each one knows what a reader must still see, whatever the length: usually that every
 * occurrence of one character survives into the plain text (nothing dropped, also where a huge
 * block is cut into pieces).
 */
enum PathologicalMarkdown {

    GUILLEMETS(n -> repeat("‹", n), '‹'),
    EMPHASIS_RUN(n -> repeat("*a", n), 'a'),
    UNDERSCORE_RUN(n -> repeat("_a", n), 'a'),
    TILDE_RUN(n -> repeat("~a", n), 'a'),
    CODE_SPAN_RUN(n -> repeat("`a", n), 'a'),
    STRONG_WORDS(n -> repeat("**a** ", n), 'a'),
    ASTERISKS(n -> repeat("*", n), null),
    BACKTICKS(n -> repeat("`", n), null),
    OPEN_BRACKETS(n -> repeat("[", n), '['),
    CLOSE_BRACKETS(n -> repeat("]", n), ']'),
    EMPTY_BRACKETS(n -> repeat("[]", n), '['),
    LINK_OPENERS(n -> repeat("[a](", n), 'a'),
    IMAGE_OPENERS(n -> repeat("![", n), '!'),
    LESS_THANS(n -> repeat("<", n), '<'),
    TAG_OPENERS(n -> repeat("<a", n), 'a'),
    AMPERSAND_ENTITIES(n -> repeat("&amp;", n), '&'),
    QUOTES(n -> repeat("\"", n), '"'),
    BACKSLASHES(n -> repeat("\\\\", n), null) {
        @Override
        void check(String markdown, RenderedText rendered) {
            // Each escaped pair shows as one backslash; a cut between the two halves shows both.
            long shown = count(rendered.plaintext(), '\\');
            assertTrue(shown >= markdown.length() / 2 && shown <= markdown.length() / 2 + cuts(markdown), shown + "");
        }
    },
    EMOJI(n -> repeat("😀", n), '\uD83D'),
    CJK(n -> repeat("中", n), '中'),
    NESTED_QUOTES(n -> repeat(">", n), null),
    QUOTE_MARKERS(n -> repeat("> ", n), null),
    LIST_MARKERS(n -> repeat("- ", n), null),
    PIPES(n -> repeat("|", n), '|'),
    TABLE_ROWS(n -> "| h | k |\n|---|---|\n" + repeat("| x | y |\n", n - 20), 'x'),
    LINES(n -> repeat("a\n", n), 'a'),
    PARAGRAPHS(n -> repeat("a\n\n", n), 'a'),
    QUOTED_PARAGRAPHS(n -> repeat("> a\n>\n", n), 'a'),
    ORDERED_ITEMS(n -> repeat("1. a\n", n), 'a'),
    HEADING_EMPHASIS(n -> "# " + repeat("*a", n - 2), 'a'),
    FENCED_CODE(n -> "```\n" + repeat("x\n", n - 8) + "```\n", 'x'),
    RAW_HTML(n -> repeat("<div>", n), null),
    HTML_COMMENTS(n -> repeat("<!--", n), null),
    AUTOLINKS(n -> repeat("<http://a.b>", n), 'h'),
    LINKS(n -> repeat("[a](http://x.y) ", n), 'a'),
    HEX_ENTITIES(n -> repeat("&#x203A;", n), null) {
        @Override
        void check(String markdown, RenderedText rendered) {
            // A cut may split an entity, which then shows as text; all the others are decoded.
            long expected = markdown.length() / 8;
            long decoded = rendered.plaintext().chars().filter(c -> c == '›').count();
            assertTrue(decoded >= expected - cuts(markdown), decoded + " of " + expected);
        }
    },
    DEFINITIONS(n -> repeat("[a]: /b\n", n), null) {
        @Override
        void check(String markdown, RenderedText rendered) {
            assertEquals("", rendered.plaintext());
        }
    },
    // At least one definition, however short the text: with none, nothing could resolve.
    REFERENCE_LINKS(n -> repeat("[x] ", n / 2) + "\n\n" + repeat("[x]: /u\n", Math.max(8, n - n / 2 - 2)), null) {
        @Override
        void check(String markdown, RenderedText rendered) {
            // The definitions sit at the end, in another run than most of the references.
            long references = markdown.indexOf("\n\n") / 4;
            assertEquals(references, count(rendered.html(), "<a href=\"/u\">x</a>"), "resolved references");
        }
    },
    WORDS(n -> repeat("word ", n), null) {
        @Override
        void check(String markdown, RenderedText rendered) {
            assertEquals(markdown.length() / 5, rendered.wordCount());
        }
    };

    private final IntFunction<String> markdown;
    private final Character survivor;

    PathologicalMarkdown(IntFunction<String> markdown, Character survivor) {
        this.markdown = markdown;
        this.survivor = survivor;
    }

    /** This shape at about {@code length} chars (whole repeated units only). */
    String markdown(int length) {
        return markdown.apply(length);
    }

    /** Fails unless {@code rendered} shows what a reader of {@code markdown} must see. */
    final void assertReadable(String markdown, RenderedText rendered) {
        Markup.assertSafe(rendered.html());
        if (survivor != null) {
            assertEquals(count(markdown, survivor), count(rendered.plaintext(), survivor),
                    "occurrences of '" + survivor + "' in the plain text");
        }
        check(markdown, rendered);
    }

    /** What this shape must show beyond safe HTML and its surviving character. */
    void check(String markdown, RenderedText rendered) {
    }

    /** A generous bound on the places where the renderer may cut a huge block of {@code markdown}. */
    private static long cuts(String markdown) {
        return markdown.length() / 10_000 + 1;
    }

    /** {@code unit} repeated to at most {@code length} chars, never ending in half a unit. */
    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(0, length) / unit.length());
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
