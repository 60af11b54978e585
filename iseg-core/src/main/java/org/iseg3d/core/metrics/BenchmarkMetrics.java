package org.iseg3d.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark metrics of interactive part segmentation, as in iSeg3D's Table 1 and as the field uses them.
 *
 * <ul>
 *   <li>mIoU@k: IoU after k clicks averaged over the parts of a category, then over categories.</li>
 *   <li>Category NoC@T (the paper's NoC): the first k at which the category mIoU@k reaches T; none (null) if it
 *   never does within the click budget. The summary's category NoC is the mean over categories, null if any
 *   category never reaches T (the paper prints "-" then).</li>
 *   <li>Per-part NoC@T (the standard of InterObject3D/AGILE3D): the first k at which a part's IoU reaches T,
 *   counted as the budget K if never; averaged over all parts.</li>
 * </ul>
 */
public record BenchmarkMetrics(Map<String, Category> categories, Summary summary) {

    /** Per-category figures. */
    public record Category(
            double[] miouAt, Integer nocCategory80, Integer nocCategory85, Integer nocCategory90, int parts) {}

    /** Figures over the whole benchmark. */
    public record Summary(
            double[] miouAt,
            Double nocCategory80,
            Double nocCategory85,
            Double nocCategory90,
            double noc80,
            double noc85,
            double noc90,
            int shapes,
            int parts,
            int skippedParts) {}

    /**
     * @param parts        results of every evaluated part (all with the same click budget K)
     * @param shapes       number of shapes evaluated
     * @param skippedParts parts skipped for having too few points
     */
    public static BenchmarkMetrics of(List<PartResult> parts, int shapes, int skippedParts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no part was evaluated");
        }
        int budget = parts.get(0).iou().length;
        Map<String, List<PartResult>> byCategory = new TreeMap<>();
        for (PartResult p : parts) {
            if (p.iou().length != budget) {
                throw new IllegalArgumentException("parts differ in click budget");
            }
            byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
        }
        Map<String, Category> cats = new TreeMap<>();
        double[] mean = new double[budget];
        for (Map.Entry<String, List<PartResult>> e : byCategory.entrySet()) {
            double[] m = new double[budget];
            for (PartResult p : e.getValue()) {
                for (int k = 0; k < budget; k++) {
                    m[k] += p.iou()[k] / e.getValue().size();
                }
            }
            for (int k = 0; k < budget; k++) {
                mean[k] += m[k] / byCategory.size();
            }
            cats.put(
                    e.getKey(),
                    new Category(
                            m,
                            firstReach(m, 80),
                            firstReach(m, 85),
                            firstReach(m, 90),
                            e.getValue().size()));
        }
        Summary s = new Summary(
                mean,
                meanOrNull(cats, 80),
                meanOrNull(cats, 85),
                meanOrNull(cats, 90),
                perPartNoc(parts, 80),
                perPartNoc(parts, 85),
                perPartNoc(parts, 90),
                shapes,
                parts.size(),
                skippedParts);
        return new BenchmarkMetrics(cats, s);
    }

    /** First 1-based k with curve[k-1] >= threshold, or null. */
    static Integer firstReach(double[] curve, double threshold) {
        for (int k = 0; k < curve.length; k++) {
            if (curve[k] >= threshold) {
                return k + 1;
            }
        }
        return null;
    }

    private static Double meanOrNull(Map<String, Category> cats, int t) {
        double sum = 0;
        for (Category c : cats.values()) {
            Integer v = t == 80 ? c.nocCategory80() : t == 85 ? c.nocCategory85() : c.nocCategory90();
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum / cats.size();
    }

    private static double perPartNoc(List<PartResult> parts, double t) {
        double sum = 0;
        for (PartResult p : parts) {
            sum += p.clicksToReach(t);
        }
        return sum / parts.size();
    }
}
