package dev.masthead.text;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * What one call cost the calling thread: wall time and bytes allocated. Allocation counts are
 * the same from run to run (the JIT aside), so tests bound those and check time only loosely.
 */
record Measured<T>(T result, long nanos, long allocatedBytes) {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static <T> Measured<T> of(Supplier<T> call) {
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        T result = call.get();
        long nanos = System.nanoTime() - start;
        return new Measured<>(result, nanos, THREADS.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    double allocatedPerChar(String input) {
        return (double) allocatedBytes / Math.max(1, input.length());
    }
}
