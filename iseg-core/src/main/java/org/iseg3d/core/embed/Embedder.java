package org.iseg3d.core.embed;

import org.iseg3d.core.cloud.PointCloud;

/**
 * Maps every point of a cloud to an embedding z_i = F(p_i) (paper Sec. 3.1); the click mechanism
 * (eq. 6-8) then works on distances between embeddings.
 *
 * <p>Contract: {@link #embed} returns N·d floats, row i = embedding of point i, already normalised per shape
 * as the implementation documents (see {@link EmbeddingNormalization}), so that the default click radius
 * α = 0.35 is meaningful. Implementations must be deterministic for a given cloud. Thread-safety is stated by
 * each implementation.
 */
public interface Embedder {

    /** Short method name as used on the command line, e.g. {@code fpfh}. */
    String name();

    /** Embedding size d. */
    int dimension();

    /** Embeds the cloud: N·d floats, row-major. */
    float[] embed(PointCloud cloud);
}
