package org.iseg3d.bridge.session;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.transfer.TransferParams;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.ProposalParams;

/**
 * How a {@link SegmentationSession} works. Exactly one of {@code embedder} (the iSeg3D click mechanism over its
 * embedding; progress and cancellation reach a {@link CancellableEmbedder}) and {@code method} (any iseg-core
 * {@link SegmentationMethod}, e.g. {@link SegmentationMethod#heatmap()}) is set. Start from {@link #embedding} or
 * {@link #method} and refine with the {@code with…} methods.
 *
 * @param embedder      the embedding, or null when {@code method} is set
 * @param method        a segmentation method, or null when {@code embedder} is set
 * @param clickParams   α and post-processing; default {@link ClickParams#DEFAULTS}
 * @param points        points sampled on the surface; default {@link SurfaceSampler#DEFAULT_POINTS}
 * @param seed          sampling seed; default 0
 * @param transfer      label transfer parameters; default {@link TransferParams#DEFAULTS}
 * @param sceneExecutor where results are applied and listeners called: {@code app::enqueue} in the editor,
 *                      {@link #DIRECT} (the default, the worker thread itself) headless
 * @param worker        where heavy work runs; null (default) = a daemon thread owned by the session
 * @param progress      progress of opening and write-back preparation, called on the worker
 * @param historyLimit  undo steps kept; default {@value #DEFAULT_HISTORY_LIMIT}
 * @param finetune      online fine-tuning (eq. 9-10) after each negative click or scribble, when the embedder is a
 *                      {@link org.iseg3d.core.embed.FineTunableEmbedder}; default {@link FinetuneParams#OFF} (it lowered
 *                      mIoU@10 on our benchmark, README ablation), {@link FinetuneParams#DEFAULTS} to switch it on
 * @param proposals     part proposals computed after opening (needs {@code embedder}), or null (default) for none
 * @param partOverlap   whether new selections leave accepted parts alone ({@link PartOverlap#EXCLUDE}: what the
 *                      editor uses) or may take their triangles ({@link PartOverlap#STEAL}: the default, so scripted
 *                      replays such as {@code iseg3d segment} keep their results)
 */
public record SessionConfig(
        Embedder embedder,
        SegmentationMethod method,
        ClickParams clickParams,
        int points,
        long seed,
        TransferParams transfer,
        Executor sceneExecutor,
        Executor worker,
        ProgressListener progress,
        int historyLimit,
        FinetuneParams finetune,
        ProposalParams proposals,
        PartOverlap partOverlap) {

    /** Runs the task right away on the calling thread (headless use and tests). */
    public static final Executor DIRECT = Runnable::run;

    public static final int DEFAULT_HISTORY_LIMIT = 200;

    public SessionConfig {
        if ((embedder == null) == (method == null)) {
            throw new IllegalArgumentException("set exactly one of embedder and method");
        }
        Objects.requireNonNull(clickParams, "clickParams");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(sceneExecutor, "sceneExecutor");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(finetune, "finetune");
        Objects.requireNonNull(partOverlap, "partOverlap");
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, got " + points);
        }
        if (historyLimit < 1) {
            throw new IllegalArgumentException("historyLimit must be >= 1, got " + historyLimit);
        }
        if (proposals != null && embedder == null) {
            throw new IllegalArgumentException(
                    "proposals need an embedding (SessionConfig.embedding), not method " + method.name());
        }
    }

    /** The iSeg3D click mechanism (eq. 6–8) over {@code embedder}, other settings default. */
    public static SessionConfig embedding(Embedder embedder) {
        return withDefaults(Objects.requireNonNull(embedder), null);
    }

    /** Any segmentation method (e.g. the heatmap baseline), other settings default. */
    public static SessionConfig method(SegmentationMethod method) {
        return withDefaults(null, Objects.requireNonNull(method));
    }

    private static SessionConfig withDefaults(Embedder embedder, SegmentationMethod method) {
        return new SessionConfig(
                embedder,
                method,
                ClickParams.DEFAULTS,
                SurfaceSampler.DEFAULT_POINTS,
                0L,
                TransferParams.DEFAULTS,
                DIRECT,
                null,
                ProgressListener.NONE,
                DEFAULT_HISTORY_LIMIT,
                FinetuneParams.OFF,
                null,
                PartOverlap.STEAL);
    }

    /** FPFH until the learned model is installed. */
    public static SessionConfig defaults() {
        return embedding(new FpfhEmbedder());
    }

    /** Method name, as on the command line. */
    public String methodName() {
        return embedder != null ? embedder.name() : method.name();
    }

    public SessionConfig withClickParams(ClickParams p) {
        return with(c -> c.clickParams = p);
    }

    public SessionConfig withPoints(int n) {
        return with(c -> c.points = n);
    }

    public SessionConfig withSeed(long s) {
        return with(c -> c.seed = s);
    }

    public SessionConfig withTransfer(TransferParams t) {
        return with(c -> c.transfer = t);
    }

    public SessionConfig withSceneExecutor(Executor e) {
        return with(c -> c.sceneExecutor = e);
    }

    public SessionConfig withWorker(Executor e) {
        return with(c -> c.worker = e);
    }

    public SessionConfig withProgress(ProgressListener p) {
        return with(c -> c.progress = p);
    }

    /**
     * Computes part proposals (with {@code params}) after opening: see {@link SegmentationSession#proposals()};
     * a first positive click on a proposal then starts the selection from it. Needs an embedder.
     */
    public SessionConfig withProposals(ProposalParams params) {
        return with(c -> c.proposals = params);
    }

    public SessionConfig withHistoryLimit(int n) {
        return with(c -> c.historyLimit = n);
    }

    /** Online fine-tuning parameters ({@link FinetuneParams#OFF} = off). */
    public SessionConfig withFinetune(FinetuneParams f) {
        return with(c -> c.finetune = f);
    }

    /**
     * What new selections do with accepted parts (see {@link PartOverlap}); default {@link PartOverlap#STEAL}, an
     * interactive editor sets {@link PartOverlap#EXCLUDE}.
     */
    public SessionConfig withPartOverlap(PartOverlap o) {
        return with(c -> c.partOverlap = o);
    }

    /** This config with one change made to a copy of its fields (validated by the constructor). */
    private SessionConfig with(Consumer<Fields> change) {
        Fields c = new Fields(this);
        change.accept(c);
        return c.build();
    }

    /** The fields of a config, changeable, for the {@code with…} methods. */
    private static final class Fields {
        Embedder embedder;
        SegmentationMethod method;
        ClickParams clickParams;
        int points;
        long seed;
        TransferParams transfer;
        Executor sceneExecutor;
        Executor worker;
        ProgressListener progress;
        int historyLimit;
        FinetuneParams finetune;
        ProposalParams proposals;
        PartOverlap partOverlap;

        Fields(SessionConfig s) {
            embedder = s.embedder;
            method = s.method;
            clickParams = s.clickParams;
            points = s.points;
            seed = s.seed;
            transfer = s.transfer;
            sceneExecutor = s.sceneExecutor;
            worker = s.worker;
            progress = s.progress;
            historyLimit = s.historyLimit;
            finetune = s.finetune;
            proposals = s.proposals;
            partOverlap = s.partOverlap;
        }

        SessionConfig build() {
            return new SessionConfig(
                    embedder,
                    method,
                    clickParams,
                    points,
                    seed,
                    transfer,
                    sceneExecutor,
                    worker,
                    progress,
                    historyLimit,
                    finetune,
                    proposals,
                    partOverlap);
        }
    }
}
