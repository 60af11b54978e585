package org.iseg3d.bridge.load;

import java.util.List;
import org.iseg3d.core.cloud.PointCloud;

/**
 * Points sampled on a model's surface with their provenance and ground-truth parts.
 *
 * @param cloud           positions in world units (NOT normalised; embedders normalise) with unit face normals
 *                        oriented away from the cloud's centroid
 * @param triangleOfPoint triangle of the {@link TriangleSoup} each point lies on
 * @param geometryOfPoint index of the {@link SourceGeometry} each point comes from
 * @param partOfPoint     ground-truth part id per point, or {@link #UNLABELLED} (exclude from evaluation)
 * @param partNames       part names indexed by part id
 */
public record SampledShape(
        PointCloud cloud, int[] triangleOfPoint, int[] geometryOfPoint, int[] partOfPoint, List<String> partNames) {

    /** Part id of points no part claims (see {@link PartLabels}). */
    public static final int UNLABELLED = PartLabels.UNLABELLED;

    public SampledShape {
        int n = cloud.size();
        if (triangleOfPoint.length != n || geometryOfPoint.length != n || partOfPoint.length != n) {
            throw new IllegalArgumentException("per-point arrays must have " + n + " entries");
        }
        partNames = List.copyOf(partNames);
    }

    /** Number of points. */
    public int size() {
        return cloud.size();
    }

    /** Number of points per part id (unlabelled points are not counted). */
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
