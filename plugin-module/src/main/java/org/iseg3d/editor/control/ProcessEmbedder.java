package org.iseg3d.editor.control;

import java.util.Objects;
import org.iseg3d.bridge.session.CancellableEmbedder;
import org.iseg3d.bridge.session.CancellationToken;
import org.iseg3d.bridge.session.ProgressListener;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.modelclient.ModelProcessEmbedder;

/**
 * The learned model running in its model process ({@link ModelProcessEmbedder}, model-client), as the session sees it:
 * a {@link CancellableEmbedder} (Cancel during "Preparing" stops waiting at once; the model process drops the answer,
 * or is stopped and started again if it does not finish within the cancel grace) and a {@link FineTunableEmbedder}
 * (steps and reset run in the model process). Thread-safe, as the process client is.
 */
final class ProcessEmbedder implements CancellableEmbedder, FineTunableEmbedder, AutoCloseable {

    private final ModelProcessEmbedder process;

    ProcessEmbedder(ModelProcessEmbedder process) {
        this.process = Objects.requireNonNull(process);
    }

    ModelProcessEmbedder process() {
        return process;
    }

    @Override
    public String name() {
        return process.name();
    }

    @Override
    public int dimension() {
        return process.dimension();
    }

    @Override
    public float[] embed(PointCloud cloud) {
        return process.embed(cloud);
    }

    @Override
    public float[] embed(PointCloud cloud, ProgressListener progress, CancellationToken token) {
        progress.progress("embedding", 0.0);
        float[] z = process.embed(cloud, token::isCancelled);
        progress.progress("embedding", 1.0);
        return z;
    }

    @Override
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        return process.finetuneStep(cloud, positive, negative, learningRate);
    }

    @Override
    public void reset() {
        process.reset();
    }

    @Override
    public FineTunableEmbedder fork() {
        return new ProcessEmbedder(process.fork());
    }

    @Override
    public void close() {
        process.close();
    }
}
