package org.iseg3d.bridge.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** Small measuring helpers shared by {@code bench}, {@code bench-large} and {@code soak}. */
final class Timings {

    private Timings() {
    }

    /** Nearest-rank percentile of nanosecond samples, in ms (NaN when empty). */
    static double percentileMs(long[] nanos, double q) {
        return EvalCommand.percentile(nanos, q);
    }

    static double minMs(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    static double maxMs(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    /** Heap in use after full collections (several, until it stops shrinking), in bytes. */
    static long heapAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= best) {
                return best;
            }
            best = used;
        }
        return best;
    }

    /** Sum of the heap pools' peak usage since the last {@link #resetPeaks()}. */
    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /**
     * CPU time of the whole process (every thread: worker pools, GC, JIT), ns, or -1 if the JVM cannot tell. On a shared
     * machine the CPU time spent on a step is steadier than its wall time.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The 1-minute load average from /proc/loadavg, or NaN. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
