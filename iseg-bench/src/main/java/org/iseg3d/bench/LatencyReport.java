package org.iseg3d.bench;

import java.util.List;
import java.util.Locale;

/**
 * The result of {@link LatencyBench} ({@code iseg3d bench --json}): when and where it ran, the measured items and
 * what could not be measured, with the provenance.
 */
public record LatencyReport(
        String date,
        String machine,
        String method,
        int embeddingDimension,
        double loadAverageBefore,
        double loadAverageAfter,
        long maxHeapMb,
        List<Item> items,
        List<Missing> unavailable,
        Provenance provenance) {

    /**
     * One measured item.
     *
     * @param targetMs    the target, or null
     * @param targetStat  which statistic the target applies to: {@code p95} (clicks) or {@code p50}
     * @param cpuMeanMs   mean process CPU time of a sample (all threads: pools, GC, JIT), ms; steadier than wall time
     *                    on a busy machine; a mean because the process CPU clock ticks in 10 ms steps; NaN if unknown
     * @param meetsTarget null without a target (checked on wall time)
     */
    public record Item(
            String name,
            int points,
            int samples,
            double p50Ms,
            double p95Ms,
            double minMs,
            double maxMs,
            double cpuMeanMs,
            Double targetMs,
            String targetStat,
            Boolean meetsTarget,
            String note) {}

    /** Something that could not be measured, and why. */
    public record Missing(String name, String reason) {}

    /** The report as the terminal table of {@code iseg3d bench}. */
    public String table() {
        LatencyReport r = this;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "iseg3d bench (%s, d %d; load average %.2f -> %.2f; %s)%n",
                r.method(),
                r.embeddingDimension(),
                r.loadAverageBefore(),
                r.loadAverageAfter(),
                r.machine()));
        sb.append(String.format(
                Locale.ROOT,
                "  %-17s %9s %7s %10s %10s %10s %10s  %s%n",
                "item",
                "points",
                "n",
                "p50 ms",
                "p95 ms",
                "max ms",
                "cpu mean",
                "target"));
        for (Item i : r.items()) {
            String target = i.targetMs() == null
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "%s <= %.0f ms: %s",
                            i.targetStat(),
                            i.targetMs(),
                            i.meetsTarget() ? "met" : "MISSED");
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-17s %9d %7d %10.3f %10.3f %10.3f %10.3f  %s%n",
                    i.name(),
                    i.points(),
                    i.samples(),
                    i.p50Ms(),
                    i.p95Ms(),
                    i.maxMs(),
                    i.cpuMeanMs(),
                    target));
        }
        for (Missing m : r.unavailable()) {
            sb.append(String.format(Locale.ROOT, "  %-17s not measured: %s%n", m.name(), m.reason()));
        }
        return sb.toString();
    }
}
