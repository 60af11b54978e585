package org.iseg3d.tf.model;

import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.Embedder;

/**
 * The learned iSeg3D embedding z_i = F(p_i) (Sec. 3.1) as an {@link Embedder} named {@code learned}: the cloud is
 * normalised into the unit sphere with normals oriented away from the centroid, grouped in Java, and embedded by
 * the model's {@code embed} signature. The embedding is used as trained (its scale is set by ε_ctr, ε_cte).
 *
 * <p>Thread-safe: concurrent {@link #embed} calls run in parallel in one TensorFlow session. Owns the model; close
 * it when done (the CLI keeps it for the life of the process).
 */
public final class TfEmbedder implements Embedder, AutoCloseable {

    public static final String NAME = "learned";

    private final TfModel model;

    public TfEmbedder(TfModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embed(PointCloud cloud) {
        return model.embed(cloud);
    }

    public TfModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
