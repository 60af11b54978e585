package org.iseg3d.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The items (and the items that could not be measured) of one {@code iseg3d bench} run. Not thread-safe. */
final class LatencyItems {

    private final List<LatencyReport.Item> items = new ArrayList<>();
    private final List<LatencyReport.Missing> missing = new ArrayList<>();

    List<LatencyReport.Item> items() {
        return items;
    }

    List<LatencyReport.Missing> missing() {
        return missing;
    }

    void item(LatencyReport.Item item) {
        items.add(item);
    }

    void missing(String name, String why) {
        missing.add(new LatencyReport.Missing(name, why));
    }

    /** One measured item: p50/p95/min/max of {@code nanos}, mean CPU, and the target check. */
    void add(String name, int points, long[] nanos, long[] cpu, Double target, String stat, String note) {
        double p50 = Timings.percentileMs(nanos, 0.5), p95 = Timings.percentileMs(nanos, 0.95);
        Boolean meets = target == null ? null : ("p95".equals(stat) ? p95 : p50) <= target;
        boolean cpuKnown = Arrays.stream(cpu).allMatch(x -> x >= 0);
        items.add(new LatencyReport.Item(
                name,
                points,
                nanos.length,
                round3(p50),
                round3(p95),
                round3(Timings.minMs(nanos)),
                round3(Timings.maxMs(nanos)),
                cpuKnown ? round3(Arrays.stream(cpu).average().orElse(0) / 1e6) : Double.NaN,
                target,
                stat,
                meets,
                note));
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }

    static double round3(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
    }
}
