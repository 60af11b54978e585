package org.iseg3d.core.propose;

import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.EmbeddingSelection;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.eval.SegmentationMethod;

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
        return params -> new ClickSegmenter(context, new ProposalSeededSelection(
                new EmbeddingSelection(emb, d, params.alpha()), proposals, emb, d), params);
    }
}
