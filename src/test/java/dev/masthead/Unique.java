package dev.masthead;

import java.util.concurrent.atomic.AtomicLong;

/** Names no other test uses, so tests need no cleanup and no order. */
public final class Unique {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private Unique() {
    }

    /** {@code prefix} plus a suffix unique in this test run, slug-safe when the prefix is. */
    public static String name(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
