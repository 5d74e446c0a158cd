package dev.masthead.text;

import java.util.List;
import java.util.function.Consumer;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown one bounded window at a time and hands on each run of complete top-level
 * blocks as a document of its own, so that only one window's syntax tree is ever alive.
 *
 * <p>Why: commonmark builds the tree of the whole input before anything can be rendered, and
 * delimiter-dense text ({@code "*a"} repeated, {@code "[["}, table pipes) costs it 100-180 bytes
 * of live heap per input char: a 1,000,000-char article needed more than the service's whole
 * 96 MB heap. Here the tree covers {@link #WINDOW} chars, only for one long block up to four
 * times that.
 *
 * <p>Why the result is the one a single parse gives: commonmark decides block structure line by
 * line from the lines it has already read. In a window, every top-level block but the last is
 * closed and final; the last may still grow, so it is not handed on but starts the next window.
 * A parse that starts on the first line of a top-level block starts in the state the whole parse
 * was in there (nothing open but the document). What does cross runs is shared by the caller:
 * link reference definitions ({@link ReferenceDefinitions}) and heading ids ({@link HeadingIds}).
 *
 * <p>The bound: a top-level block that cannot be closed inside the longest window (a single
 * paragraph, list, quote or table of more than about 64K chars, counting the line after it) is
 * cut at the window's last line break, else at its last whitespace, else anywhere but inside a
 * surrogate pair, and what follows is read as if it began a new document. Markup that spans a cut
 * is then shown as text, and text after the cut is read as Markdown afresh (a line there that
 * looks like a link definition becomes one); nothing else is dropped. A top-level fenced code block is not cut,
 * because the rest of the code would be read as Markdown: its content is a single string, cheap to
 * parse at any length, so the window is stretched to its closing fence.
 */
final class BlockRuns {

    /**
     * Chars parsed at once. At the worst density measured (about 180 bytes per char) the tree of
     * a window stays under 3 MB, little enough to die young in the service's eden (about 26 MB
     * under -Xmx96m with SerialGC); 64K windows got promoted and forced full collections.
     */
    static final int WINDOW = 16_384;

    /**
     * How far a window is stretched before a block that fills it is cut: real paragraphs, lists
     * and tables are far shorter, so articles written by people render exactly as one parse
     * would render them, and a block this long still costs about 12 MB.
     */
    static final int LONGEST_BLOCK_WINDOWS = 4;

    private final Parser windowParser;
    private final Parser runParser;
    private final int window;
    private final int longestBlock;

    /**
     * @param windowParser records block source spans ({@code IncludeSourceSpans.BLOCKS}): they say
     *     where the blocks of a window start
     * @param runParser the same without source spans, for a run whose end is already known:
     *     commonmark records one span per line, and a stretched code block can have 500,000
     */
    BlockRuns(Parser windowParser, Parser runParser, int window) {
        this.windowParser = windowParser;
        this.runParser = runParser;
        this.window = window;
        this.longestBlock = window * LONGEST_BLOCK_WINDOWS;
    }

    /** Calls {@code run} with consecutive documents that together hold all of {@code markdown}. */
    void forEach(String markdown, Consumer<Node> run) {
        new Reader(markdown, run).readAll();
    }

    /** One pass over one input. */
    private final class Reader {

        private final String markdown;
        private final Consumer<Node> run;
        // After a cut the same huge block most likely goes on: skip the window it cannot fit.
        private boolean cutLast;

        Reader(String markdown, Consumer<Node> run) {
            this.markdown = markdown;
            this.run = run;
        }

        void readAll() {
            for (int start = 0; start < markdown.length(); ) {
                start = next(start);
            }
        }

        /** Hands on the run that begins at {@code start}; returns where the next one begins. */
        private int next(int start) {
            int first = cutLast ? longestBlock : window;
            cutLast = false;
            for (int size = first; ; size = longestBlock) {
                if (markdown.length() - start <= size) {
                    run.accept(runParser.parse(markdown.substring(start)));
                    return markdown.length();
                }
                int end = windowEnd(markdown, start, size);
                String text = markdown.substring(start, end);
                Node document = windowParser.parse(text);
                Node open = openTail(document);
                // Without a block, all is blank but a last line the window may have cut short.
                int openStart = lineStart(text, open == null ? text.length() : firstPosition(open));
                if (openStart > 0) {
                    for (Node node = open; node != null; ) {
                        Node next = node.getNext();
                        node.unlink();
                        node = next;
                    }
                    run.accept(document);
                    return start + openStart;
                }
                // Only a whole opening line tells the fence's length ("```" may be cut from "````").
                if (document.getFirstChild() instanceof FencedCodeBlock fence
                        && endsLine(text, firstPosition(fence))) {
                    int fenceEnd = fenceEnd(markdown, start + lineStart(text, firstPosition(fence)), fence);
                    run.accept(runParser.parse(markdown.substring(start, fenceEnd)));
                    return fenceEnd;
                }
                if (size == longestBlock) {
                    // Even the longest window holds one unfinished block: the documented cut.
                    run.accept(document);
                    cutLast = true;
                    return end;
                }
            }
        }
    }

    /**
     * The first node that may still continue after the window: the last top-level block, together
     * with the definitions just before it, which commonmark splits off the start of a paragraph
     * only once the paragraph closes.
     */
    private static Node openTail(Node document) {
        Node tail = document.getLastChild();
        while (tail != null && tail.getPrevious() instanceof LinkReferenceDefinition) {
            tail = tail.getPrevious();
        }
        return tail;
    }

    /** Where {@code block} starts in its window's text (0 if commonmark did not say). */
    private static int firstPosition(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
    }

    /** Start of the line that holds {@code index}, or {@code index} itself right after a break. */
    private static int lineStart(String text, int index) {
        int i = index;
        while (i > 0 && !isLineBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End of a window of at most {@code size} chars: after its last line break if it has one. */
    private static int windowEnd(String markdown, int start, int size) {
        int limit = start + size;
        for (int i = limit - 1; i >= start; i--) {
            char c = markdown.charAt(i);
            // A "\r\n" split by the limit is one break, after the '\n'.
            if (c == '\n' || (c == '\r' && markdown.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        for (int i = limit; i > start + size / 2; i--) {
            if (isSpaceOrTab(markdown.charAt(i - 1)) && !isSpaceOrTab(markdown.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(markdown.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /**
     * End of the line that closes {@code fence} (CommonMark: up to three spaces, at least as many
     * of the same fence characters, nothing after them but spaces and tabs), or the end of the
     * input, where an unclosed fence ends.
     */
    private static int fenceEnd(String markdown, int openingLine, FencedCodeBlock fence) {
        char fenceChar = fence.getFenceCharacter().charAt(0);
        int minLength = fence.getOpeningFenceLength();
        for (int line = nextLine(markdown, openingLine); line < markdown.length(); ) {
            int next = nextLine(markdown, line);
            int i = line;
            while (i < next && i - line < 3 && markdown.charAt(i) == ' ') {
                i++;
            }
            int fenceStart = i;
            while (i < next && markdown.charAt(i) == fenceChar) {
                i++;
            }
            boolean closing = i - fenceStart >= minLength;
            while (closing && i < next && !isLineBreak(markdown.charAt(i))) {
                closing = isSpaceOrTab(markdown.charAt(i++));
            }
            if (closing) {
                return next;
            }
            line = next;
        }
        return markdown.length();
    }

    /** Start of the line after the one containing {@code from} ("\n", "\r\n" or "\r" end a line). */
    private static int nextLine(String markdown, int from) {
        for (int i = from; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return markdown.length();
    }

    /** Whether the line holding {@code from} ends (in a break) inside {@code text}. */
    private static boolean endsLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
