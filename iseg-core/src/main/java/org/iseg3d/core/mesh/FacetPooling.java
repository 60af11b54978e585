package org.iseg3d.core.mesh;

/**
 * Per-facet area-weighted mean of a per-point embedding (issue 12: "facet-mean embedding"), given the triangle each
 * sample point lies on (from the sampler). Weights are those of {@link PointWeights}: a triangle counts by its area.
 */
public final class FacetPooling {

    private FacetPooling() {}

    /**
     * @param rows   per facet its mean embedding ({@code dim} floats; zeros for a facet without sample points)
     * @param weight per facet the total weight (sampled area) behind its mean; 0 means no point lies on it
     */
    public record Pooled(float[] rows, int dim, double[] weight) {

        public boolean sampled(int facet) {
            return weight[facet] > 0;
        }
    }

    /**
     * @param embedding       N × dim floats, row per point
     * @param triangleOfPoint per point the triangle it was sampled on (-1: none)
     */
    public static Pooled pool(float[] embedding, int dim, int[] triangleOfPoint, Facets facets) {
        int n = triangleOfPoint.length;
        if (embedding.length != n * dim) {
            throw new IllegalArgumentException(
                    "embedding has " + embedding.length + " floats, expected " + n + "×" + dim);
        }
        double[] w = PointWeights.of(triangleOfPoint, facets);
        double[] sum = new double[facets.count() * dim];
        double[] weight = new double[facets.count()];
        for (int p = 0; p < n; p++) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            if (f < 0 || w[p] == 0) {
                continue;
            }
            weight[f] += w[p];
            for (int k = 0; k < dim; k++) {
                sum[f * dim + k] += w[p] * embedding[p * dim + k];
            }
        }
        float[] rows = new float[sum.length];
        for (int f = 0; f < weight.length; f++) {
            if (weight[f] > 0) {
                for (int k = 0; k < dim; k++) {
                    rows[f * dim + k] = (float) (sum[f * dim + k] / weight[f]);
                }
            }
        }
        return new Pooled(rows, dim, weight);
    }

    /**
     * The per-point embedding where every point on a sampled facet takes its facet's mean; points on no facet keep
     * their own row. N × dim floats, a new array.
     */
    public static float[] perPoint(Pooled pooled, float[] embedding, int[] triangleOfPoint, Facets facets) {
        int dim = pooled.dim();
        float[] out = embedding.clone();
        for (int p = 0; p < triangleOfPoint.length; p++) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            if (f >= 0 && pooled.sampled(f)) {
                System.arraycopy(pooled.rows(), f * dim, out, p * dim, dim);
            }
        }
        return out;
    }
}
