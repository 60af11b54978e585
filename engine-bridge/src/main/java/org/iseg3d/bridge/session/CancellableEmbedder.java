package org.iseg3d.bridge.session;

import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.Embedder;

/**
 * An {@link Embedder} that reports progress and stops when asked (e.g. the learned model, batch by batch). A
 * session passes its progress listener and token to it; a plain {@code Embedder} runs to completion and the session
 * checks the token afterwards.
 */
public interface CancellableEmbedder extends Embedder {

    /**
     * @param progress fraction of the embedding done, in [0, 1] (stage name {@code "embedding"})
     * @param token    poll it; throw {@link java.util.concurrent.CancellationException} when cancelled
     */
    float[] embed(PointCloud cloud, ProgressListener progress, CancellationToken token);

    @Override
    default float[] embed(PointCloud cloud) {
        return embed(cloud, ProgressListener.NONE, new CancellationToken());
    }
}
