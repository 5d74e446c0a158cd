package dev.masthead.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every pathological shape at any length up to the limit renders readably, with allocation
 * linear in its length. Runs in the "small-heap" JVM beside the service's ballast, like
 * {@link MarkdownRendererBoundsTest}.
 */
@Tag("small-heap")
class MarkdownRendererBoundsPropertiesTest {

    /** What rendering costs before the first char: parser and renderer set-up, policy, buffers. */
    private static final long FIXED_ALLOCATION = 2L << 20;

    private static byte[][] service;

    @BeforeContainer
    static void leaveOnlyTheRoomTheServiceHas() {
        service = ServiceHeap.fillTo(ServiceHeap.AFTER_STARTUP);
        MarkdownRendererBoundsTest.warmUp();
    }

    @AfterContainer
    static void release() {
        service = null;
    }

    @Property(tries = 10)
    void anyShapeAtAnyLengthRendersReadablyInLinearMemory(@ForAll PathologicalMarkdown shape,
            @ForAll("lengths") int length) {
        String markdown = shape.markdown(length);

        Measured<RenderedText> render = Measured.of(() -> MarkdownRendererBoundsTest.save(markdown));

        shape.assertReadable(markdown, render.result());
        long bound = MarkdownRendererBoundsTest.ALLOCATED_BYTES_PER_CHAR * markdown.length() + FIXED_ALLOCATION;
        assertTrue(render.allocatedBytes() <= bound, render.allocatedBytes() + " bytes allocated, bound " + bound);
    }

    /** Half short (jqwik favours the small end: tiny articles, window edges), half uniform. */
    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(1, 200_000)),
                Tuple.of(1, Arbitraries.integers().between(1, MarkdownRendererBoundsTest.LIMIT)
                        .withDistribution(RandomDistribution.uniform())));
    }
}
