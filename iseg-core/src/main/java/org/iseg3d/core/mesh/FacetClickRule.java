package org.iseg3d.core.mesh;

import org.iseg3d.core.click.Mask;

/**
 * Prototype (issue 12, "clicks on facets"): turns a point-level mask of the click rule (eq 6-8, optionally after
 * Outlier Removal and Segment Smoothing) into a facet-snapped mask.
 * <ul>
 * <li>a facet holding a positive click is selected whole, one holding a negative click is removed whole; a facet
 *     holding both is split (its points keep the point rule, so a facet spanning two parts can still be cut);</li>
 * <li>any other facet is selected whole if its selected fraction (area-weighted, {@link FacetSnap}) is above
 *     {@code upper}, removed whole if below {@code lower}, and split (points keep the point rule) in between;</li>
 * <li>points on no facet, and facets without sample points, keep the point rule.</li>
 * </ul>
 * The band defaults to [0.25, 0.75] and is not measured yet; {@code lower = upper = 0.5} is the plain majority snap
 * of the experiment (with exact halves split).
 */
public final class FacetClickRule {

    /** Facet states in {@link Result#state()}. */
    public static final byte OUT = 0, IN = 1, SPLIT = 2;

    public static final double DEFAULT_LOWER = 0.25, DEFAULT_UPPER = 0.75;

    private final Facets facets;
    private final int[] triangleOfPoint;
    private final double lower, upper;

    /**
     * @param mask  the snapped point mask
     * @param state per facet {@link #IN}, {@link #OUT} or {@link #SPLIT}
     */
    public record Result(Mask mask, byte[] state) {}

    public FacetClickRule(Facets facets, int[] triangleOfPoint) {
        this(facets, triangleOfPoint, DEFAULT_LOWER, DEFAULT_UPPER);
    }

    public FacetClickRule(Facets facets, int[] triangleOfPoint, double lower, double upper) {
        if (!(lower >= 0 && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("need 0 <= lower <= upper <= 1: " + lower + ", " + upper);
        }
        this.facets = facets;
        this.triangleOfPoint = triangleOfPoint;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * @param pointMask the point rule's mask
     * @param positives indices of positively clicked points
     * @param negatives indices of negatively clicked points
     */
    public Result apply(Mask pointMask, int[] positives, int[] negatives) {
        double[] fraction = FacetSnap.selectedFraction(pointMask, triangleOfPoint, facets);
        byte[] state = new byte[facets.count()];
        for (int f = 0; f < state.length; f++) {
            double x = fraction[f];
            state[f] = Double.isNaN(x) ? SPLIT : x > upper ? IN : x < lower ? OUT : SPLIT;
        }
        boolean[] pos = clickedFacets(positives);
        boolean[] neg = clickedFacets(negatives);
        for (int f = 0; f < state.length; f++) {
            if (pos[f] && neg[f]) {
                state[f] = SPLIT;
            } else if (pos[f]) {
                state[f] = IN;
            } else if (neg[f]) {
                state[f] = OUT;
            }
        }
        boolean[] out = new boolean[pointMask.size()];
        for (int p = 0; p < out.length; p++) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            out[p] = f < 0 || state[f] == SPLIT ? pointMask.contains(p) : state[f] == IN;
        }
        return new Result(new Mask(out), state);
    }

    private boolean[] clickedFacets(int[] points) {
        boolean[] clicked = new boolean[facets.count()];
        for (int p : points) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            if (f >= 0) {
                clicked[f] = true;
            }
        }
        return clicked;
    }
}
