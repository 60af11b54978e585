package org.iseg3d.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** Small measuring helpers shared by {@code bench}, {@code bench-large} and {@code soak}. */
public final class Timings {

    private Timings() {}

    /** Nearest-rank percentile of nanosecond samples, in ms (NaN when empty). */
    public static double percentileMs(long[] nanos, double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        int idx = (int) Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
        return s[idx] / 1e6;
    }

    public static double minMs(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    public static double maxMs(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    /** Heap in use after full collections (several, until it stops shrinking), in bytes. */
    public static long heapAfterGc() {
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
    public static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    public static void resetPeaks() {
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
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The 1-minute load average from /proc/loadavg, or NaN. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
