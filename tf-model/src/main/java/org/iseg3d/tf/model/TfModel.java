package org.iseg3d.tf.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.tf.net.EmbeddingLosses;
import org.iseg3d.tf.net.FinetuneEnergy;
import org.iseg3d.tf.net.GroupingBuilder;
import org.iseg3d.tf.net.GroupingIndices;
import org.iseg3d.tf.net.LossConfig;
import org.iseg3d.tf.net.LossTargets;
import org.iseg3d.tf.net.MirrorViews;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.ShapeInput;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The iSeg3D model in a TensorFlow session, freshly built or loaded from a SavedModel folder, behind its four
 * signatures (see {@link Signatures}): embed, one training step, one fine-tuning step (eq. 9-10), reset; and export.
 *
 * <p>Threading: {@link #embed} may be called from many threads at once; {@link #trainStep}, {@link #finetuneStep},
 * {@link #reset} and {@link #export} change or snapshot the weights and take an exclusive lock, so they never
 * overlap an embed. Closing while calls run is not allowed.
 */
public final class TfModel implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(TfModel.class);

    private final NetConfig config;
    private final long parameters;
    private final GroupingBuilder grouping;
    private final Session session;
    private final Map<String, SessionFunction> functions;
    private final AutoCloseable owner;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private TfModel(
            NetConfig config, long parameters, Session session, List<SessionFunction> fns, AutoCloseable owner) {
        this.config = config;
        this.parameters = parameters;
        this.grouping = new GroupingBuilder(config);
        this.session = session;
        this.functions = new LinkedHashMap<>();
        fns.forEach(f -> functions.put(f.signature().key(), f));
        this.owner = owner;
    }

    /** A freshly initialised model (weights from {@code seed}), losses with the paper's values. */
    public static TfModel create(NetConfig config, long seed) {
        NativeTensorFlow.ensureLoaded();
        long t0 = System.nanoTime();
        Graph graph = new Graph();
        try {
            ModelGraph.Built built = ModelGraph.build(graph, config, LossConfig.PAPER, seed);
            Session session = new Session(graph);
            List<SessionFunction> fns = built.signatures().stream()
                    .map(s -> SessionFunction.create(s, session))
                    .toList();
            LOG.debug("graph built in {} ms, {} parameters", (System.nanoTime() - t0) / 1_000_000, built.parameters());
            return new TfModel(config, built.parameters(), session, fns, () -> {
                session.close();
                graph.close();
            });
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** Loads and validates a model folder (see {@link ModelLoader}). */
    public static TfModel load(Path dir) {
        NativeTensorFlow.ensureLoaded();
        ModelInfo info = ModelLoader.readInfo(dir);
        SavedModelBundle bundle = ModelLoader.openBundle(dir);
        try {
            ModelLoader.validate(dir, bundle, info.net());
            long params = info.parameters() >= 0
                    ? info.parameters()
                    : org.iseg3d.tf.net.PointNetGraph.parameterCount(info.net());
            return new TfModel(info.net(), params, bundle.session(), bundle.functions(), bundle);
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    public NetConfig config() {
        return config;
    }

    /** Embedding size d. */
    public int dimension() {
        return config.embeddingDim();
    }

    public long parameters() {
        return parameters;
    }

    /** Whether the model has a signature (a model exported elsewhere may lack the training ones). */
    public boolean has(String signature) {
        return functions.containsKey(signature);
    }

    /** The Java-side sampling and grouping of a cloud already prepared with {@link ShapeInput#prepare}. */
    public GroupingIndices group(PointCloud prepared) {
        return grouping.build(prepared.xyz());
    }

    /** Embeds a cloud: prepares it ({@link ShapeInput}), groups it in Java, runs {@code embed}; N·d floats. */
    public float[] embed(PointCloud cloud) {
        return embed(cloud, 1);
    }

    /**
     * Embeds a cloud in {@code views} mirror views ({@link MirrorViews}: 1 = the network as trained, 2 = the shape
     * and its mirror image); N·views·d floats.
     */
    public float[] embed(PointCloud cloud, int views) {
        PointCloud p = ShapeInput.prepare(cloud);
        float[] rows = ShapeInput.rows(p);
        return embedViews(rows, group(p), views);
    }

    /** {@link #embed(PointCloud, int)} from the packed rows [N·6] of one view and their grouping. Thread-safe. */
    public float[] embedViews(float[] rows6, GroupingIndices g, int views) {
        float[] stacked = embed(MirrorViews.rows(rows6, views), MirrorViews.grouping(g, views));
        return MirrorViews.combine(stacked, g.points(), dimension(), views);
    }

    /** Runs {@code embed} on packed rows [N·6] with their grouping; N·d floats. Thread-safe. */
    public float[] embed(float[] rows6, GroupingIndices g) {
        lock.readLock().lock();
        try (Feeds f = Feeds.network(rows6, g);
                Result r = fn(Signatures.EMBED).call(f.map())) {
            float[] out = new float[g.points() * dimension()];
            floatTensor(r, Signatures.EMBEDDINGS).copyTo(DataBuffers.of(out, false, false));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One Adam step of eq. 5 on a batch (rows of all shapes concatenated); returns the pre-update losses. */
    public LossValues trainStep(float[] rows6, GroupingIndices g, LossTargets t, float learningRate) {
        lock.writeLock().lock();
        try (Feeds f = Feeds.network(rows6, g)) {
            f.ints(EmbeddingLosses.SEGMENT_OF_POINT, t.segmentOfPoint())
                    .scalar(EmbeddingLosses.SEGMENT_COUNT, t.segmentCount())
                    .floats(EmbeddingLosses.CENTRE_SCALE, t.centreScale())
                    .floats(EmbeddingLosses.CTR_WEIGHT, t.ctrWeight())
                    .ints(EmbeddingLosses.PAIR_A, t.pairA())
                    .ints(EmbeddingLosses.PAIR_B, t.pairB())
                    .floats(EmbeddingLosses.PAIR_WEIGHT, t.pairWeight())
                    .floats(EmbeddingLosses.REG_WEIGHT, t.regWeight())
                    .scalar(Signatures.LEARNING_RATE, learningRate);
            try (Result r = fn(Signatures.TRAIN_STEP).call(f.map())) {
                return new LossValues(
                        scalar(r, Signatures.LOSS),
                        scalar(r, Signatures.LOSS_CTR),
                        scalar(r, Signatures.LOSS_CTE),
                        scalar(r, Signatures.LOSS_REG));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * One fine-tuning step (eq. 9-10) on one shape from user clicks; returns the pre-update energy E.
     *
     * @param positive point indices of positive clicks (at least one)
     * @param negative point indices of negative clicks (at least one)
     */
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        if (positive.length == 0 || negative.length == 0) {
            throw new IllegalArgumentException("fine-tuning needs at least one positive and one negative click");
        }
        PointCloud p = ShapeInput.prepare(cloud);
        float[] rows = ShapeInput.rows(p);
        return finetuneStep(rows, group(p), positive, negative, learningRate);
    }

    /**
     * {@link #finetuneStep(PointCloud, int[], int[], float)} on packed rows [N·6] with their grouping (as
     * {@link #embed(float[], GroupingIndices)}), so a caller that fine-tunes one shape repeatedly groups it once.
     */
    public float finetuneStep(float[] rows, GroupingIndices g, int[] positive, int[] negative, float learningRate) {
        if (positive.length == 0 || negative.length == 0) {
            throw new IllegalArgumentException("fine-tuning needs at least one positive and one negative click");
        }
        lock.writeLock().lock();
        try (Feeds f = Feeds.network(rows, g)) {
            f.ints(FinetuneEnergy.POSITIVE, positive)
                    .ints(FinetuneEnergy.NEGATIVE, negative)
                    .scalar(Signatures.LEARNING_RATE, learningRate);
            try (Result r = fn(Signatures.FINETUNE_STEP).call(f.map())) {
                return scalar(r, Signatures.ENERGY);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Restores the weights of the last export (or load) and zeroes the fine-tuning optimizer. */
    public void reset() {
        lock.writeLock().lock();
        try (Result r = fn(Signatures.RESET).call(Map.of())) {
            LOG.debug("reset: {}", r.size());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Exports the model (all signatures, all variables including optimizer slots) into {@code dir}, which must not
     * exist, plus {@value Signatures#INFO_FILE}. The current weights become the ones {@code reset} restores.
     */
    public void export(Path dir) throws IOException {
        lock.writeLock().lock();
        try {
            if (Files.exists(dir)) {
                throw new IOException("export target " + dir + " already exists");
            }
            session.runner().addTarget(Signatures.SNAPSHOT_OP).run();
            SavedModelBundle.exporter(dir.toString())
                    .withFunctions(functions.values().toArray(SessionFunction[]::new))
                    .export();
            new ModelInfo(ModelInfo.FORMAT, config, parameters).write(dir);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private SessionFunction fn(String name) {
        SessionFunction f = functions.get(name);
        if (f == null) {
            throw new ModelException("this model has no '" + name + "' signature (it has " + functions.keySet()
                    + "): use a model exported by iseg3d train");
        }
        return f;
    }

    private static TFloat32 floatTensor(Result r, String name) {
        Tensor t = r.get(name).orElseThrow(() -> new ModelException("signature output '" + name + "' missing"));
        return (TFloat32) t;
    }

    private static float scalar(Result r, String name) {
        return floatTensor(r, name).getFloat();
    }

    /** The signatures, for diagnostics. */
    public List<Signature> signatures() {
        return functions.values().stream().map(SessionFunction::signature).toList();
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            LOG.warn("closing the TensorFlow session failed: {}", e.toString());
        }
    }
}
