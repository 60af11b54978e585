package org.iseg3d.tf.model;

import java.nio.file.Path;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.tf.net.GroupingIndices;
import org.iseg3d.tf.net.MirrorViews;
import org.iseg3d.tf.net.ShapeInput;

/**
 * The learned iSeg3D embedding z_i = F(p_i) (Sec. 3.1) as an {@link org.iseg3d.core.embed.Embedder} named
 * {@code learned}: the cloud is normalised into the unit sphere with normals oriented away from the centroid, grouped
 * in Java, and embedded by the model's {@code embed} signature. The embedding is used as trained (its scale is set by
 * ε_ctr, ε_cte). By default the network sees the shape and its mirror image ({@link MirrorViews}, d = 2 × 32, the
 * distance is the RMS of both views'; {@code -Diseg3d.learned.views=1} for the network alone).
 *
 * <p>Online fine-tuning (Sec. 3.4, eq. 9-10) through the model's {@code finetune_step} and {@code reset} signatures
 * ({@link FineTunableEmbedder}); a model without them throws {@link UnsupportedOperationException} from
 * {@link #finetuneStep} and {@link #reset} is then a no-op. {@link #fork} loads another session from the folder the
 * model came from. The input rows and grouping of the last cloud are kept (same cloud instance → no re-grouping), so
 * a fine-tuning round groups its shape once instead of once per step and re-embedding.
 *
 * <p>Thread-safe: concurrent {@link #embed} calls run in parallel in one TensorFlow session; fine-tuning steps and
 * reset take the model's exclusive lock (an embed waits for a running step). The weights are state: one shape at a
 * time per instance. Owns the model; close it when done (the CLI keeps it for the life of the process).
 */
public final class TfEmbedder implements FineTunableEmbedder, AutoCloseable {

    public static final String NAME = "learned";
    /** System property overriding the number of mirror views (1 or 2, default {@link MirrorViews#DEFAULT}). */
    public static final String VIEWS_PROPERTY = "iseg3d.learned.views";

    private final TfModel model;
    private final Path folder;
    private final int views;
    /** The packed input of the last cloud seen (by identity). */
    private volatile Input last;

    private record Input(PointCloud cloud, float[] rows, GroupingIndices grouping) {}

    /** A model without a folder: everything but {@link #fork}. */
    public TfEmbedder(TfModel model) {
        this(model, null);
    }

    /** @param folder the SavedModel folder the model was loaded from ({@link #fork} loads it again), or null */
    public TfEmbedder(TfModel model, Path folder) {
        this(model, folder, defaultViews());
    }

    /** @param views 1 (the network as trained) or 2 (with the mirror image, {@link MirrorViews}) */
    public TfEmbedder(TfModel model, Path folder, int views) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.folder = folder;
        if (views != 1 && views != 2) {
            throw new IllegalArgumentException("views must be 1 or 2, got " + views);
        }
        this.views = views;
    }

    /** The number of views from {@value #VIEWS_PROPERTY}, else {@link MirrorViews#DEFAULT}. */
    public static int defaultViews() {
        String v = System.getProperty(VIEWS_PROPERTY);
        if (v == null || v.isBlank()) {
            return MirrorViews.DEFAULT;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n == 1 || n == 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + VIEWS_PROPERTY + " must be 1 or 2, got '" + v + "'");
    }

    /** Mirror views of the embedding (1 or 2). */
    public int views() {
        return views;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return views * model.dimension();
    }

    @Override
    public float[] embed(PointCloud cloud) {
        Input in = input(cloud);
        return model.embedViews(in.rows(), in.grouping(), views);
    }

    /**
     * One {@code finetune_step} (eq. 9-10) on {@code cloud}; returns E before the update.
     *
     * @throws UnsupportedOperationException if the model has no {@code finetune_step} or no {@code reset} signature
     */
    @Override
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        if (!canFinetune()) {
            throw new UnsupportedOperationException("the model" + (folder != null ? " in " + folder : "")
                    + " has no '" + Signatures.FINETUNE_STEP + "'/'" + Signatures.RESET + "' signature (it has "
                    + model.signatures().stream().map(s -> s.key()).toList() + ")");
        }
        Input in = input(cloud);
        return model.finetuneStep(in.rows(), in.grouping(), positive, negative, learningRate);
    }

    /** Restores the weights of the folder the model was loaded from; a no-op for a model that cannot fine-tune. */
    @Override
    public void reset() {
        if (canFinetune()) {
            model.reset();
        }
    }

    /** Whether the model has the {@code finetune_step} and {@code reset} signatures. */
    public boolean canFinetune() {
        return model.has(Signatures.FINETUNE_STEP) && model.has(Signatures.RESET);
    }

    /**
     * A new session on the same folder (initial weights, not this instance's fine-tuned ones).
     *
     * @throws UnsupportedOperationException if this embedder was made without a folder
     */
    @Override
    public TfEmbedder fork() {
        if (folder == null) {
            throw new UnsupportedOperationException("cannot fork a learned model that was not loaded from a folder");
        }
        return new TfEmbedder(TfModel.load(folder), folder, views);
    }

    /** The folder the model was loaded from, or null. */
    public Path folder() {
        return folder;
    }

    public TfModel model() {
        return model;
    }

    private Input input(PointCloud cloud) {
        Input in = last;
        if (in != null && in.cloud() == cloud) {
            return in;
        }
        PointCloud p = ShapeInput.prepare(cloud);
        float[] rows = ShapeInput.rows(p);
        in = new Input(cloud, rows, model.group(p));
        last = in;
        return in;
    }

    @Override
    public void close() {
        last = null;
        model.close();
    }
}
