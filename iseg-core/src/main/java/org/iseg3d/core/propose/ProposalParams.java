package org.iseg3d.core.propose;

import org.iseg3d.core.click.ClickParams;

/**
 * Settings of {@link PartProposer}.
 *
 * @param linkDistance   two graph-adjacent clusters merge only if their mean embeddings are closer than this (the
 *                       {@value #LINK_PER_ALPHA} × the click radius α by default)
 * @param maxSpread      ... and if the merged cluster's RMS embedding distance to its mean stays at most this
 * @param graphNeighbors neighbours per point of the Euclidean kNN graph the clusters must be connected on
 * @param minFraction    clusters with fewer points than this fraction of the shape (at least {@code minPoints}) are
 *                       merged into their nearest adjacent cluster
 * @param minPoints      floor of the small-cluster size
 */
public record ProposalParams(
        float linkDistance, float maxSpread, int graphNeighbors, float minFraction, int minPoints) {

    public static final int DEFAULT_GRAPH_NEIGHBORS = ClickParams.DEFAULT_N_NEIGHBOR;
    public static final float DEFAULT_MIN_FRACTION = 0.005f;
    public static final int DEFAULT_MIN_POINTS = 8;

    /** Link distance = 1.7 α: measured best on the 8 fixtures with the learned model (see iseg-core/README.md). */
    public static final float LINK_PER_ALPHA = 1.7f;

    /** Link distance 0.6, spread α 0.35, the 3-NN graph of Outlier Removal, clusters below 0.5 % of the points (≥ 8) merged. */
    public static final ProposalParams DEFAULTS = forAlpha(ClickParams.DEFAULT_ALPHA);

    public ProposalParams {
        if (!(linkDistance > 0) || !Float.isFinite(linkDistance) || !(maxSpread > 0) || !Float.isFinite(maxSpread)) {
            throw new IllegalArgumentException(
                    "link distance and spread must be positive numbers, got " + linkDistance + " and " + maxSpread);
        }
        if (graphNeighbors < 1) {
            throw new IllegalArgumentException("graphNeighbors must be >= 1, got " + graphNeighbors);
        }
        if (!(minFraction >= 0 && minFraction < 1) || minPoints < 1) {
            throw new IllegalArgumentException("minFraction must be in [0, 1) and minPoints >= 1");
        }
    }

    /** The defaults for click radius α: link distance {@value #LINK_PER_ALPHA} α, spread α. */
    public static ProposalParams forAlpha(float alpha) {
        return new ProposalParams(
                LINK_PER_ALPHA * alpha, alpha, DEFAULT_GRAPH_NEIGHBORS, DEFAULT_MIN_FRACTION, DEFAULT_MIN_POINTS);
    }

    /** Smallest proposal size for a shape of {@code n} points. */
    public int minSize(int n) {
        return Math.max(minPoints, (int) Math.ceil(minFraction * n));
    }
}
