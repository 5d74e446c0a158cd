package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One article must not exhaust the service's heap, whatever its Markdown. An attack run sent
 * {@code '‹'} x 999,000 and {@code "*a"} x 499,000 (within the 1,000,000-char limit of
 * ArticleRequest.markdown) and the 96 MB service died of OutOfMemoryError.
 *
 * <p>Tagged "small-heap": Surefire runs it alone in a JVM with the production heap flags, beside
 * a ballast for what the service already holds. Allocation is asserted per input char (the bytes
 * are the same from run to run, unlike time, which is only checked loosely).
 */
@Tag("small-heap")
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class MarkdownRendererBoundsTest {

    /** ArticleRequest.markdown's {@code @Size(max)}. */
    static final int LIMIT = 1_000_000;

    /**
     * Nearly all of it short-lived (commonmark's nodes and strings, the sanitizer's events). The
     * densest shapes were measured at 700-1,000 bytes per char, up to twice that just past a
     * window's length, where a block's first window is parsed again; a quadratic stage blows
     * past 2,000 at any of these lengths (13,000 per char at 100,000 chars before the fix).
     */
    static final long ALLOCATED_BYTES_PER_CHAR = 2_000;

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static byte[][] service;

    @BeforeAll
    static void leaveOnlyTheRoomTheServiceHas() {
        service = ServiceHeap.fillTo(ServiceHeap.AFTER_STARTUP);
        warmUp();
    }

    @AfterAll
    static void release() {
        service = null;
    }

    @Test
    void theAttackRunsGuillemetsComeOutWhole() {
        String guillemets = "‹".repeat(999_000);

        RenderedText rendered = renderWithinBounds(guillemets);

        // One paragraph too long for one window: it comes out in pieces, all of it, in order.
        assertEquals("<p>" + guillemets + "</p>", rendered.html().replace("</p>\n<p>", ""));
        assertEquals(guillemets, rendered.plaintext().replace("\n\n", ""));
    }

    @Test
    void theAttackRunsEmphasisRendersBesideAFullResponseCache() {
        byte[][] cache = ServiceHeap.fillTo(ServiceHeap.WITH_FULL_CACHE);
        String emphasis = "*a".repeat(499_000);

        PathologicalMarkdown.EMPHASIS_RUN.assertReadable(emphasis, renderWithinBounds(emphasis));
        Reference.reachabilityFence(cache);
    }

    @ParameterizedTest
    @EnumSource(PathologicalMarkdown.class)
    void everyShapeRendersReadablyWithinBounds(PathologicalMarkdown shape) {
        // A tenth of the limit already takes every shape through several windows and cuts.
        String markdown = shape.markdown(LIMIT / 10);

        shape.assertReadable(markdown, renderWithinBounds(markdown));
    }

    @ParameterizedTest
    @EnumSource(names = {"HEADING_EMPHASIS", "OPEN_BRACKETS", "QUOTES", "PARAGRAPHS", "TABLE_ROWS", "FENCED_CODE"})
    void atTheLimitTenTimesTheTextCostsAboutTenTimesAsMuch(PathologicalMarkdown shape) {
        String tenth = shape.markdown(LIMIT / 10);
        String whole = shape.markdown(LIMIT);
        save(tenth);

        Measured<RenderedText> small = Measured.of(() -> save(tenth));
        Measured<RenderedText> large = Measured.of(() -> save(whole));

        shape.assertReadable(whole, large.result());
        assertTrue(large.allocatedPerChar(whole) <= ALLOCATED_BYTES_PER_CHAR,
                large.allocatedPerChar(whole) + " bytes allocated per char");
        // Linear is 10 and quadratic 100; time gets a wide margin for a loaded machine.
        double allocation = (double) large.allocatedBytes() / small.allocatedBytes();
        double time = (double) large.nanos() / small.nanos();
        assertTrue(allocation < 15, "allocation grew " + allocation + "-fold");
        assertTrue(time < 40, "time grew " + time + "-fold");
    }

    /** Loads and sets up every class a render uses, so that no measurement counts that. */
    static void warmUp() {
        String article = "# Title\n\n*Some* [text][a], `code`.\n\n| a |\n|---|\n| b |\n\n```\nx\n```\n\n[a]: /a\n";
        // Long enough for several windows, so the run-by-run classes are set up too.
        save(article.repeat(300));
    }

    /** What ArticleService does with the Markdown of every article it saves. */
    static RenderedText save(String markdown) {
        RenderedText rendered = RENDERER.render(markdown);
        Excerpts.fromPlaintext(rendered.plaintext(), Excerpts.DEFAULT_LENGTH);
        return rendered;
    }

    private static RenderedText renderWithinBounds(String markdown) {
        Measured<RenderedText> render = Measured.of(() -> save(markdown));
        assertTrue(render.allocatedPerChar(markdown) <= ALLOCATED_BYTES_PER_CHAR,
                render.allocatedPerChar(markdown) + " bytes allocated per char");
        return render.result();
    }
}
