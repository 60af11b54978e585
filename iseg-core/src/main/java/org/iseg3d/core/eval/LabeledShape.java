package org.iseg3d.core.eval;

import java.util.List;
import org.iseg3d.core.cloud.PointCloud;

/**
 * A sampled shape with ground-truth parts, as the benchmark evaluates it.
 *
 * @param file        where it came from (for reports)
 * @param category    its category (the folder's name)
 * @param cloud       sampled points with oriented normals, any units
 * @param partOfPoint part index of each point, or -1 for unlabelled points (never a target)
 * @param partNames   name of each part index
 */
public record LabeledShape(String file, String category, PointCloud cloud, int[] partOfPoint, List<String> partNames) {

    public LabeledShape {
        if (partOfPoint.length != cloud.size()) {
            throw new IllegalArgumentException(
                    file + ": " + partOfPoint.length + " labels for " + cloud.size() + " points");
        }
        for (int p : partOfPoint) {
            if (p < -1 || p >= partNames.size()) {
                throw new IllegalArgumentException(file + ": part label " + p + " out of range");
            }
        }
        partNames = List.copyOf(partNames);
    }

    /** The target mask of part {@code part}. */
    public boolean[] target(int part) {
        boolean[] t = new boolean[partOfPoint.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = partOfPoint[i] == part;
        }
        return t;
    }

    /** Number of sampled points of each part. */
    public int[] pointsPerPart() {
        int[] c = new int[partNames.size()];
        for (int p : partOfPoint) {
            if (p >= 0) {
                c[p]++;
            }
        }
        return c;
    }
}
