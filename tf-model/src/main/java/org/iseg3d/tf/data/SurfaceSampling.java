package org.iseg3d.tf.data;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.cloud.AreaSampling;
import org.iseg3d.core.cloud.NormalOrientation;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.geom.Soup;

/**
 * Area-weighted sampling of labelled parts into a {@link TrainingShape}, the same recipe as the benchmark's
 * sampling in engine-bridge: a triangle with probability proportional to its area (cumulative areas and binary
 * search), a uniform point in it, the FACE normal, normals oriented away from the centroid
 * ({@link NormalOrientation#awayFromCentroid}), then the cloud scaled into the unit sphere. The label is the part
 * index, renumbered to 0..K-1 in part order after dropping parts that got no point. Cost O(T + N log T).
 */
final class SurfaceSampling {

    private SurfaceSampling() {}

    static TrainingShape sample(List<Soup> parts, int points, SplittableRandom rnd) {
        int triangles = 0;
        for (Soup s : parts) {
            triangles += s.triangleCount();
        }
        double[] cumulative = new double[triangles];
        int[] partOf = new int[triangles];
        int[] firstOf = new int[parts.size()];
        double sum = 0;
        int t = 0;
        for (int p = 0; p < parts.size(); p++) {
            Soup s = parts.get(p);
            firstOf[p] = t;
            for (int k = 0; k < s.triangleCount(); k++, t++) {
                sum += s.area(k);
                cumulative[t] = sum;
                partOf[t] = p;
            }
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("parts have no area");
        }
        float[] xyz = new float[3 * points], normals = new float[3 * points];
        int[] label = new int[points];
        for (int i = 0; i < points; i++) {
            int tri = AreaSampling.pick(cumulative, rnd.nextDouble() * sum);
            int p = partOf[tri];
            float[] v = parts.get(p).corners();
            int o = 9 * (tri - firstOf[p]);
            AreaSampling.pointInTriangle(v, o, rnd.nextDouble(), rnd.nextDouble(), xyz, normals, i);
            label[i] = p;
        }
        int[] newId = new int[parts.size()];
        for (int l : label) {
            newId[l] = 1;
        }
        int k = 0;
        for (int p = 0; p < newId.length; p++) {
            newId[p] = newId[p] == 1 ? k++ : -1;
        }
        for (int i = 0; i < points; i++) {
            label[i] = newId[label[i]];
        }
        float[] oriented = NormalOrientation.awayFromCentroid(xyz, normals);
        PointCloud cloud = new PointCloud(xyz, oriented).normalizedToUnitSphere();
        return new TrainingShape(cloud, label, k);
    }
}
