package org.iseg3d.core.mesh;

/**
 * Area weights of sample points: a point on triangle t stands for area(t) / (points on t), so every triangle counts
 * by its area whatever the sampler put on it (with uniform area sampling all weights are about equal). Points on no
 * triangle (-1) or on a degenerate one weigh 0.
 */
final class PointWeights {

    private PointWeights() {}

    static double[] of(int[] triangleOfPoint, Facets facets) {
        int triangles = facets.facetOfTriangle().length;
        int[] pointsOn = new int[triangles];
        for (int t : triangleOfPoint) {
            if (t >= 0) {
                pointsOn[checked(t, triangles)]++;
            }
        }
        double[] w = new double[triangleOfPoint.length];
        for (int p = 0; p < w.length; p++) {
            int t = triangleOfPoint[p];
            if (t >= 0 && facets.facetOfTriangle()[t] >= 0) {
                w[p] = facets.triangleArea()[t] / (double) pointsOn[t];
            }
        }
        return w;
    }

    /** The facet of a point, -1 if none. */
    static int facetOf(int point, int[] triangleOfPoint, Facets facets) {
        int t = triangleOfPoint[point];
        return t >= 0 ? facets.facetOfTriangle()[t] : -1;
    }

    private static int checked(int t, int triangles) {
        if (t >= triangles) {
            throw new IllegalArgumentException("point on triangle " + t + " of a mesh with " + triangles);
        }
        return t;
    }
}
