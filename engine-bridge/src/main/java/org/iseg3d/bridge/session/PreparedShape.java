package org.iseg3d.bridge.session;

import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.transfer.LabelTransfer;
import org.iseg3d.bridge.writeback.WriteBackScene;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.EmbeddingSelection;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.propose.ProposalSeededSelection;
import org.iseg3d.core.propose.Proposals;

/**
 * Everything computed once when a session opens: the flattened scene, the samples, the segmenter, the indexes.
 * Immutable except the segmenter, which caches per-click work, is only used on the session's worker chain, and is
 * replaced when the click parameters change (same embedding), online fine-tuning delivers a new embedding or the
 * part proposals arrive.
 */
final class PreparedShape {

    private static final Logger LOG = LogManager.getLogger(PreparedShape.class);

    final OpenedScene scene;
    /** The meshes and part labels of the soup's Geometries when flattened (write-back works from these). */
    final WriteBackScene writeBackScene;
    /** Makes a segmenter over the current embedding for given click parameters (no re-embedding). */
    private volatile java.util.function.Function<ClickParams, ClickSegmenter> segmenters;

    private volatile ClickParams params;
    volatile ClickSegmenter segmenter;
    /** Whether new selections exclude or take the triangles of accepted parts (worker chain; live setting). */
    private volatile PartOverlap overlap;
    /** The shape context the embedding was computed on (its cloud is the embedder's input). */
    final ShapeContext context;
    /** The embedding when opened (null for a non-embedding method): what a fine-tuning reset returns to. */
    final float[] initialEmbedding;
    /** The current embedding (N·d; the opened one or the latest fine-tuned one), null for a non-embedding method. */
    private volatile float[] embedding;
    /** Embedding size (0 for a non-embedding method). */
    final int dimension;
    /**
     * Set once by the proposals command (worker chain), null before or without proposals. The proposals are computed
     * from the opened embedding; a proposal-seeded selection then works over the current (maybe fine-tuned) one.
     */
    volatile Proposals proposals;

    final SampleIndex index;
    final LabelTransfer transfer;
    final Picker picker;

    private PreparedShape(
            OpenedScene scene,
            WriteBackScene writeBackScene,
            ShapeContext context,
            float[] embedding,
            java.util.function.Function<ClickParams, ClickSegmenter> segmenters,
            ClickParams params,
            int dimension,
            SampleIndex index,
            LabelTransfer transfer,
            Picker picker,
            PartOverlap overlap) {
        this.scene = scene;
        this.writeBackScene = writeBackScene;
        this.overlap = overlap;
        this.context = context;
        this.initialEmbedding = embedding;
        this.embedding = embedding;
        this.dimension = dimension;
        this.segmenters = segmenters;
        this.params = params;
        this.segmenter = makeSegmenter(params);
        this.index = index;
        this.transfer = transfer;
        this.picker = picker;
    }

    /** Switches to new click parameters (α, post-processing) over the same embedding; worker chain only. */
    void useClickParams(ClickParams params) {
        this.params = params;
        segmenter = makeSegmenter(params);
    }

    /** Switches to a new embedding of the same cloud (online fine-tuning) with the current parameters; worker chain. */
    void useEmbedding(float[] emb, int d) {
        if (d != dimension) {
            throw new IllegalArgumentException("embedding size " + d + ", the session's is " + dimension);
        }
        segmenters = p -> ClickSegmenter.ofEmbedding(context, emb, d, p);
        embedding = emb;
        segmenter = makeSegmenter(params);
    }

    /** Installs the proposals: from now on a first positive click on one starts from it; worker chain only. */
    void useProposals(Proposals p) {
        proposals = p;
        segmenter = makeSegmenter(params);
    }

    /** The current embedding (see {@link #useEmbedding}), null for a non-embedding method. */
    float[] embedding() {
        return embedding;
    }

    private ClickSegmenter makeSegmenter(ClickParams p) {
        Proposals props = proposals;
        float[] emb = embedding;
        if (props == null || emb == null) {
            return segmenters.apply(p);
        }
        return new ClickSegmenter(
                context,
                new ProposalSeededSelection(new EmbeddingSelection(emb, dimension, p.alpha()), props, emb, dimension),
                p);
    }

    ShapeContext context() {
        return context;
    }

    /** The current overlap rule (see {@link PartOverlap}). */
    PartOverlap overlap() {
        return overlap;
    }

    /** Switches the overlap rule for the following selections; worker chain only. */
    void useOverlap(PartOverlap o) {
        overlap = o;
    }

    /**
     * Clicks → point mask (eq. 6–8, Alg. 1–2) → triangle mask (label transfer): a new selection of s, under the
     * current overlap rule.
     */
    SessionState segment(SessionState s, List<Click> clicks) {
        return segment(s, clicks, overlap);
    }

    /**
     * As {@link #segment(SessionState, List)} under the given rule: with {@link PartOverlap#EXCLUDE} the points and
     * triangles of accepted parts are removed from the selection (after Outlier Removal, Segment Smoothing and label
     * transfer, so the rest of the selection is what it would be without parts).
     */
    SessionState segment(SessionState s, List<Click> clicks, PartOverlap rule) {
        Mask mask = segmenter.segment(clicks);
        boolean[] triangles = transfer.transferMask(mask.selected());
        if (rule == PartOverlap.EXCLUDE && !s.parts().isEmpty()) {
            mask = new Mask(free(mask.selected(), s.partOfPoint()));
            triangles = free(triangles, s.partOfTriangle());
        }
        return s.withSelection(clicks, mask, triangles);
    }

    /** A copy of {@code selected} without the entries that belong to a part. */
    private static boolean[] free(boolean[] selected, int[] partOf) {
        boolean[] out = new boolean[selected.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = selected[i] && partOf[i] == SessionState.NO_PART;
        }
        return out;
    }

    /** World position of sampled point {@code i}. */
    Vector3f position(int i) {
        var c = scene.shape().cloud();
        return new Vector3f(c.x(i), c.y(i), c.z(i));
    }

    /** What the scene thread hands to the worker: the flattened scene. */
    record Flattened(Path file, Spatial root, TriangleSoup soup, WriteBackScene writeBack, List<String> warnings) {}

    /** Loads a model file headless (worker thread; the loaded scene is not attached anywhere yet). */
    static LoadedScene load(Path file) throws ModelLoadException {
        LoadedScene loaded = new SceneLoader().load(file);
        if (!(loaded.root() instanceof Node)) {
            Node wrapper = new Node(loaded.fileName());
            wrapper.attachChild(loaded.root());
            wrapper.updateGeometricState();
            return new LoadedScene(loaded.file(), loaded.format(), wrapper, loaded.warnings());
        }
        return loaded;
    }

    /** Flattens the scene graph (scene thread: it reads and updates the live graph). */
    static Flattened flatten(Path file, Spatial root, String label, List<String> warnings) throws ModelLoadException {
        TriangleSoup soup = SceneFlattener.flatten(root, label);
        return new Flattened(file, root, soup, WriteBackScene.capture(root, soup), warnings);
    }

    /** Samples, builds the kNN context, embeds and indexes (worker thread). */
    static PreparedShape prepare(Flattened f, SessionConfig config, CancellationToken token) {
        ProgressListener progress = config.progress();
        progress.progress("sampling", 0.0);
        SampledShape shape =
                SurfaceSampler.sample(f.soup(), PartLabels.defaults(f.soup()), config.points(), config.seed());
        token.throwIfCancelled();
        progress.progress("neighbours", 0.1);
        ShapeContext context =
                ShapeContext.of(shape.cloud(), config.clickParams().neighborsNeeded());
        token.throwIfCancelled();
        progress.progress("embedding", 0.2);
        java.util.function.Function<ClickParams, ClickSegmenter> segmenters;
        float[] embedding = null;
        int dimension = 0;
        if (config.embedder() != null) {
            if (config.embedder() instanceof FineTunableEmbedder tunable) {
                tunable.reset(); // fine-tuning is per asset: start from the model's own weights
            }
            float[] emb = config.embedder() instanceof CancellableEmbedder c
                    ? c.embed(context.cloud(), (stage, x) -> progress.progress("embedding", 0.2 + 0.6 * x), token)
                    : config.embedder().embed(context.cloud());
            int d = config.embedder().dimension();
            segmenters = params -> ClickSegmenter.ofEmbedding(context, emb, d, params);
            embedding = emb;
            dimension = d;
        } else {
            SegmentationMethod.Prepared prepared = config.method().prepare(context);
            segmenters = prepared::newSegmenter;
        }
        token.throwIfCancelled();
        progress.progress("transfer", 0.8);
        SampleIndex index = SampleIndex.of(shape, f.soup().geometries().size());
        LabelTransfer transfer = LabelTransfer.prepare(
                f.soup(),
                f.writeBack().originalMeshes(),
                index,
                shape.triangleOfPoint(),
                config.transfer(),
                token::isCancelled);
        Picker picker = Picker.headless(f.soup(), index);
        progress.progress("ready", 1.0);
        LOG.debug(
                "{}: session ready, {} points, {} triangles, method {}",
                f.soup().fileName(),
                shape.size(),
                f.soup().triangleCount(),
                config.methodName());
        OpenedScene scene = new OpenedScene(f.file(), f.root(), f.soup(), shape, config.methodName(), f.warnings());
        return new PreparedShape(
                scene,
                f.writeBack(),
                context,
                embedding,
                segmenters,
                config.clickParams(),
                dimension,
                index,
                transfer,
                picker,
                config.partOverlap());
    }
}
