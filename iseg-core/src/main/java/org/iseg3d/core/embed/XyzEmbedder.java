package org.iseg3d.core.embed;

import org.iseg3d.core.cloud.PointCloud;

/**
 * The floor baseline: a point's embedding is its own position, normalised into the unit sphere
 * ({@link EmbeddingNormalization#unitSphere}). A click then selects a Euclidean ball; any learned prior must
 * clearly beat this. Stateless and thread-safe.
 */
public final class XyzEmbedder implements Embedder {

    @Override
    public String name() {
        return "xyz";
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public float[] embed(PointCloud cloud) {
        return EmbeddingNormalization.unitSphere(cloud.xyz().clone(), 3);
    }
}
