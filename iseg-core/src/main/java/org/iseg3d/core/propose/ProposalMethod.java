package org.iseg3d.core.propose;

import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.EmbeddingSelection;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.finetune.FineTuner;

/**
 * The iSeg3D click mechanism over an embedding, with part proposals: per shape the embedding and its proposals are
 * computed once, and segmenters use {@link ProposalSeededSelection} (a first positive click on a proposal starts
 * from it). Used by {@code iseg3d eval --proposals}; thread-safe if the embedder is.
 */
public final class ProposalMethod implements SegmentationMethod {

    private final Embedder embedder;
    private final PartProposer proposer;

    public ProposalMethod(Embedder embedder, PartProposer proposer) {
        this.embedder = java.util.Objects.requireNonNull(embedder, "embedder");
        this.proposer = java.util.Objects.requireNonNull(proposer, "proposer");
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public Prepared prepare(ShapeContext context) {
        float[] emb = embedder.embed(context.cloud());
        int d = embedder.dimension();
        Proposals proposals = proposer.propose(context, emb, d);
        return params -> segmenter(context, proposals, emb, d, params);
    }

    /**
     * Proposals with online fine-tuning (eq. 9-10), as {@link SegmentationMethod#finetuned}: per shape the proposals
     * are computed once from the embedding of the initial weights; per part the tuner is reset, and after every round
     * the proposal-seeded rule keeps the same proposals over the re-embedded shape (the Voronoi split of a proposal
     * and the later positives' balls use the tuned embedding). Not thread-safe (one tuner per thread).
     */
    public static SegmentationMethod finetuned(FineTuner tuner, PartProposer proposer) {
        java.util.Objects.requireNonNull(proposer, "proposer");
        return SegmentationMethod.finetuned(tuner, (context, initial, d) -> {
            Proposals proposals = proposer.propose(context, initial, d);
            return (emb, params) -> segmenter(context, proposals, emb, d, params);
        });
    }

    private static ClickSegmenter segmenter(
            ShapeContext context, Proposals proposals, float[] emb, int d, ClickParams params) {
        return new ClickSegmenter(
                context,
                new ProposalSeededSelection(new EmbeddingSelection(emb, d, params.alpha()), proposals, emb, d),
                params);
    }
}
