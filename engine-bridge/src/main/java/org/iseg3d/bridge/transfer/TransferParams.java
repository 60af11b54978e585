package org.iseg3d.bridge.transfer;

/**
 * Parameters of {@link LabelTransfer}, with defaults.
 *
 * @param k                   sampled points looked up per query point (centroid, and sub-centroids of large
 *                            triangles); default {@value #DEFAULT_K}
 * @param largeTriangleFactor a triangle whose area exceeds this many times the model's area per sample
 *                            (h² = area / samples) also queries the centroids of its three corner sub-triangles;
 *                            default {@value #DEFAULT_LARGE_TRIANGLE_FACTOR}
 * @param smoothingPasses     passes of the shared-vertex mode filter; 0 switches it off; default
 *                            {@value #DEFAULT_SMOOTHING_PASSES}
 * @param facets              after the vote and the filter, triangles follow the facets of the welded mesh
 *                            ({@link FacetVote}); default true
 */
public record TransferParams(int k, float largeTriangleFactor, int smoothingPasses, boolean facets) {

    public static final int DEFAULT_K = 4;
    public static final float DEFAULT_LARGE_TRIANGLE_FACTOR = 2f;
    public static final int DEFAULT_SMOOTHING_PASSES = 1;

    public static final TransferParams DEFAULTS =
            new TransferParams(DEFAULT_K, DEFAULT_LARGE_TRIANGLE_FACTOR, DEFAULT_SMOOTHING_PASSES, true);

    public TransferParams {
        if (k < 1 || k > 64) {
            throw new IllegalArgumentException("k must be in [1, 64], got " + k);
        }
        if (!(largeTriangleFactor > 0) || !Float.isFinite(largeTriangleFactor)) {
            throw new IllegalArgumentException(
                    "largeTriangleFactor must be a positive number, got " + largeTriangleFactor);
        }
        if (smoothingPasses < 0) {
            throw new IllegalArgumentException("smoothingPasses must be >= 0, got " + smoothingPasses);
        }
    }

    public TransferParams withSmoothingPasses(int passes) {
        return new TransferParams(k, largeTriangleFactor, passes, facets);
    }

    public TransferParams withFacets(boolean on) {
        return new TransferParams(k, largeTriangleFactor, smoothingPasses, on);
    }
}
