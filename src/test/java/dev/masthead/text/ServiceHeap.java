package dev.masthead.text;

import java.lang.management.ManagementFactory;

/**
 * Stands in for what the running service keeps on its heap, so that a test in a JVM with the
 * production heap (-Xmx96m) leaves an article only the room it has there.
 */
final class ServiceHeap {

    /** Measured on the packaged jar (jcmd GC.heap_info after a full GC): about 21 MB. */
    static final long AFTER_STARTUP = 21L << 20;

    /** ...plus the Delivery response cache at its cap (k8s/base/deployment.yaml, 32 MiB). */
    static final long WITH_FULL_CACHE = AFTER_STARTUP + (32L << 20);

    private ServiceHeap() {
    }

    /** An allocation that brings this JVM's live heap to {@code liveBytes}; keep it reachable. */
    static byte[][] fillTo(long liveBytes) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long missing = Math.max(0, liveBytes - used);
        byte[][] ballast = new byte[(int) (missing >> 20)][];
        for (int i = 0; i < ballast.length; i++) {
            ballast[i] = new byte[1 << 20];
        }
        return ballast;
    }
}
