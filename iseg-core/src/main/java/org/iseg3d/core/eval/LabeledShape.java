package org.iseg3d.core.eval;

import java.util.List;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.mesh.SampledMesh;

/**
 * A sampled shape with ground-truth parts, as the benchmark evaluates it.
 *
 * @param file        where it came from (for reports)
 * @param category    its category (the folder's name)
 * @param cloud       sampled points with oriented normals, any units
 * @param partOfPoint part index of each point, or -1 for unlabelled points (never a target)
 * @param partNames   name of each part index
 * @param mesh        the whole model as one triangle soup with each point's triangle, or null (no mesh: methods
 *                    that use facets fall back to points)
 * @param partArea    per part its share of the object's surface area in [0, 1], or null (unknown: no area floor)
 */
public record LabeledShape(
        String file,
        String category,
        PointCloud cloud,
        int[] partOfPoint,
        List<String> partNames,
        SampledMesh mesh,
        double[] partArea) {

    /** A shape without its mesh. */
    public LabeledShape(String file, String category, PointCloud cloud, int[] partOfPoint, List<String> partNames) {
        this(file, category, cloud, partOfPoint, partNames, null, null);
    }

    public LabeledShape {
        if (mesh != null && mesh.triangleOfPoint().length != cloud.size()) {
            throw new IllegalArgumentException(
                    file + ": " + mesh.triangleOfPoint().length + " point triangles for " + cloud.size() + " points");
        }
        if (partArea != null && partArea.length != partNames.size()) {
            throw new IllegalArgumentException(
                    file + ": " + partArea.length + " part areas for " + partNames.size() + " parts");
        }
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
