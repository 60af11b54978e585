package org.iseg3d.bridge.session;

import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.transfer.LabelTransfer;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.click.EmbeddingSelection;
import org.iseg3d.core.propose.ProposalSeededSelection;
import org.iseg3d.core.propose.Proposals;

/**
 * Everything computed once when a session opens: the flattened scene, the samples, the segmenter, the indexes.
 * Immutable except the segmenter, which caches per-click work, is only used on the session's worker chain, and is
 * replaced (from the same embedding) when the click parameters change.
 */
final class PreparedShape {

    private static final Logger LOG = LogManager.getLogger(PreparedShape.class);

    final OpenedScene scene;
    /** Mesh of each soup Geometry when flattened (write-back works from these). */
    final List<Mesh> originalMeshes;
    /** Makes a segmenter over the prepared embedding for given click parameters (no re-embedding). */
    private final java.util.function.Function<ClickParams, ClickSegmenter> segmenters;
    volatile ClickSegmenter segmenter;
    /** The embedding (N·d) when the session uses one, else null; proposals are computed from it. */
    final float[] embedding;
    final int dimension;
    private final ShapeContext context;
    /** Set once by the proposals command (worker chain), null before or without proposals. */
    volatile Proposals proposals;
    private volatile ClickParams params;
    final SampleIndex index;
    final LabelTransfer transfer;
    final Picker picker;

    private PreparedShape(OpenedScene scene, List<Mesh> originalMeshes,
                          java.util.function.Function<ClickParams, ClickSegmenter> segmenters, ClickParams params,
                          SampleIndex index, LabelTransfer transfer, Picker picker, ShapeContext context,
                          float[] embedding, int dimension) {
        this.context = context;
        this.scene = scene;
        this.originalMeshes = originalMeshes;
        this.segmenters = segmenters;
        this.embedding = embedding;
        this.dimension = dimension;
        this.params = params;
        this.segmenter = segmenters.apply(params);
        this.index = index;
        this.transfer = transfer;
        this.picker = picker;
    }

    /** Switches to new click parameters (α, post-processing) over the same embedding; worker chain only. */
    void useClickParams(ClickParams params) {
        this.params = params;
        segmenter = makeSegmenter(params);
    }

    /** Installs the proposals: from now on a first positive click on one starts from it; worker chain only. */
    void useProposals(Proposals p) {
        proposals = p;
        segmenter = makeSegmenter(params);
    }

    private ClickSegmenter makeSegmenter(ClickParams p) {
        Proposals props = proposals;
        if (props == null || embedding == null) {
            return segmenters.apply(p);
        }
        return new ClickSegmenter(context(), new ProposalSeededSelection(
                new EmbeddingSelection(embedding, dimension, p.alpha()), props, embedding, dimension), p);
    }

    ShapeContext context() {
        return context;
    }

    /** What the scene thread hands to the worker: the flattened scene. */
    record Flattened(Path file, Spatial root, TriangleSoup soup, List<Mesh> meshes, List<String> warnings) {
    }

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
        List<Mesh> meshes = new ArrayList<>();
        for (SourceGeometry g : soup.geometries()) {
            meshes.add(g.geometry().getMesh());
        }
        return new Flattened(file, root, soup, List.copyOf(meshes), warnings);
    }

    /** Samples, builds the kNN context, embeds and indexes (worker thread). */
    static PreparedShape prepare(Flattened f, SessionConfig config, CancellationToken token) {
        ProgressListener progress = config.progress();
        progress.progress("sampling", 0.0);
        SampledShape shape = SurfaceSampler.sample(f.soup(), PartLabels.defaults(f.soup()), config.points(),
                config.seed());
        token.throwIfCancelled();
        progress.progress("neighbours", 0.1);
        ShapeContext context = ShapeContext.of(shape.cloud(), config.clickParams().neighborsNeeded());
        token.throwIfCancelled();
        progress.progress("embedding", 0.2);
        java.util.function.Function<ClickParams, ClickSegmenter> segmenters;
        float[] embedding = null;
        int dimension = 0;
        if (config.embedder() != null) {
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
        LabelTransfer transfer = LabelTransfer.prepare(f.soup(), f.meshes(), index, shape.triangleOfPoint(), config.transfer(),
                token::isCancelled);
        Picker picker = Picker.headless(f.soup(), index);
        progress.progress("ready", 1.0);
        LOG.debug("{}: session ready, {} points, {} triangles, method {}", f.soup().fileName(), shape.size(),
                f.soup().triangleCount(), config.methodName());
        OpenedScene scene = new OpenedScene(f.file(), f.root(), f.soup(), shape, config.methodName(), f.warnings());
        return new PreparedShape(scene, f.meshes(), segmenters, config.clickParams(), index, transfer, picker,
                context, embedding, dimension);
    }
}
