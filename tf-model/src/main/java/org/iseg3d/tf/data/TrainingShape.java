package org.iseg3d.tf.data;

import java.util.Arrays;
import org.iseg3d.core.cloud.PointCloud;

/**
 * One generated training shape: the input P = {p_i in R^6} and its ground-truth partition into K primitive
 * segments S_1..S_K (iSeg3D, Sec. 3.1, "each segment indicates one primitive in the primitive-composed shape").
 *
 * <p>The cloud lies in the unit sphere and has oriented unit normals; {@code segmentOfPoint[i]} is in
 * {@code 0..segments-1} and every segment holds at least one point. The arrays are owned by the record.
 *
 * @param cloud          N points with unit normals, inside the unit sphere
 * @param segmentOfPoint N segment ids
 * @param segments       K, the number of segments (at least 1)
 */
public record TrainingShape(PointCloud cloud, int[] segmentOfPoint, int segments) {

    /** Slack for float rounding when checking unit length and the unit sphere. */
    private static final float TOLERANCE = 1e-3f;

    public TrainingShape {
        if (cloud == null || segmentOfPoint == null) {
            throw new IllegalArgumentException("training shape needs a cloud and segment ids");
        }
        int n = cloud.size();
        if (segmentOfPoint.length != n) {
            throw new IllegalArgumentException("need " + n + " segment ids, got " + segmentOfPoint.length);
        }
        if (segments < 1 || segments > n) {
            throw new IllegalArgumentException("segments must be in 1.." + n + ", got " + segments);
        }
        int[] counts = new int[segments];
        for (int i = 0; i < n; i++) {
            int s = segmentOfPoint[i];
            if (s < 0 || s >= segments) {
                throw new IllegalArgumentException(
                        "point " + i + " has segment " + s + " outside 0.." + (segments - 1));
            }
            counts[s]++;
        }
        for (int s = 0; s < segments; s++) {
            if (counts[s] == 0) {
                throw new IllegalArgumentException("segment " + s + " is empty");
            }
        }
        float[] xyz = cloud.xyz();
        float[] nrm = cloud.normals();
        for (int i = 0; i < n; i++) {
            float r2 = xyz[3 * i] * xyz[3 * i] + xyz[3 * i + 1] * xyz[3 * i + 1] + xyz[3 * i + 2] * xyz[3 * i + 2];
            if (r2 > (1 + TOLERANCE) * (1 + TOLERANCE)) {
                throw new IllegalArgumentException("point " + i + " lies outside the unit sphere");
            }
            float l2 = nrm[3 * i] * nrm[3 * i] + nrm[3 * i + 1] * nrm[3 * i + 1] + nrm[3 * i + 2] * nrm[3 * i + 2];
            if (Math.abs(l2 - 1) > TOLERANCE) {
                throw new IllegalArgumentException("normal " + i + " is not a unit vector");
            }
        }
    }

    /** Number of points of segment {@code s}. */
    public int segmentSize(int s) {
        int c = 0;
        for (int id : segmentOfPoint) {
            if (id == s) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingShape t
                && segments == t.segments
                && cloud.equals(t.cloud)
                && Arrays.equals(segmentOfPoint, t.segmentOfPoint);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cloud.hashCode() + Arrays.hashCode(segmentOfPoint)) + segments;
    }

    @Override
    public String toString() {
        return "TrainingShape[" + cloud.size() + " points, " + segments + " segments]";
    }
}
