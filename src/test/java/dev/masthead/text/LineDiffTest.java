package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * The line diff of revisions: right on small texts, and bounded on the worst
 * ones. Tagged small-heap: it runs in the service's 96 MB heap, where two 2 MB
 * texts that share nothing must still be answered, cut and saying so, in seconds.
 */
@Tag("small-heap")
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class LineDiffTest {

    @Test
    void aReplacedLineReadsAsOldThenNew() {
        LineDiff.Result diff = LineDiff.unified("one\ntwo\nthree", "one\n2\nthree\nfour", "a", "b");

        assertEquals(List.of("--- a", "+++ b", "@@ -1,3 +1,4 @@", " one", "-two", "+2", " three", "+four"),
                diff.lines());
        assertTrue(diff.complete());
    }

    @Test
    void equalTextsAndEmptyOnesGiveNoLines() {
        assertEquals(List.of(), LineDiff.unified("same\ntext", "same\ntext", "a", "b").lines());
        assertEquals(List.of(), LineDiff.unified(null, "", "a", "b").lines());
        assertEquals(List.of("--- a", "+++ b", "@@ -1,0 +1,1 @@", "+new"), LineDiff.unified(null, "new", "a", "b").lines());
    }

    @Test
    void anEditFarIntoALongTextIsFoundWithItsContext() {
        String before = numbered("line", 50_000);
        String after = before.replace("line 40000\n", "changed 40000\n");

        LineDiff.Result diff = LineDiff.unified(before, after, "a", "b");

        assertTrue(diff.complete());
        assertEquals(List.of("--- a", "+++ b", "@@ -39997,7 +39997,7 @@", " line 39997", " line 39998", " line 39999",
                "-line 40000", "+changed 40000", " line 40001", " line 40002", " line 40003"), diff.lines());
    }

    @Test
    void twoLargeTextsSharingNothingAreCutAtTheBound() {
        // About 2 MB each: what ArticleRequest allows (a million chars) and then some.
        String before = numbered("a", 100_000);
        String after = numbered("b", 100_000);

        long start = System.nanoTime();
        LineDiff.Result diff = LineDiff.unified(before, after, "a", "b");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertFalse(diff.complete());
        assertTrue(diff.note().contains("first " + LineDiff.MAX_COMPARED_LINES), diff.note());
        assertTrue(diff.lines().size() <= LineDiff.MAX_OUTPUT_LINES);
        assertEquals(2 + 1 + 2 * LineDiff.MAX_COMPARED_LINES + 3, diff.lines().size(),
                "headers, one hunk, every compared line out and in, and the context after it");
        assertTrue(millis < 20_000, "took " + millis + " ms");
    }

    @Test
    void manyShortLinesThatDifferOnlyAtTheEndAreComparedAsWholeLines() {
        String tail = "x".repeat(300);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            before.append(tail).append(i % 2).append('\n');
            after.append(tail).append((i + 1) % 3).append('\n');
        }

        LineDiff.Result diff = LineDiff.unified(before.toString(), after.toString(), "a", "b");

        assertFalse(diff.complete());
    }

    private static String numbered(String prefix, int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append(prefix).append(' ').append(i).append('\n');
        }
        return text.toString();
    }
}
