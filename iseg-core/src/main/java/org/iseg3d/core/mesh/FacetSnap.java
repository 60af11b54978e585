package org.iseg3d.core.mesh;

import org.iseg3d.core.click.Mask;

/**
 * Snaps a point mask to facets by area-weighted majority (issue 12 notes: "masks snapped to crease facets, majority
 * vote"): the selected fraction of a facet is the weight of its selected sample points over the weight of all its
 * sample points ({@link PointWeights}: a triangle counts by its area).
 */
public final class FacetSnap {

    /** Default majority: a facet is selected if more than half of its sampled area is. */
    public static final double MAJORITY = 0.5;

    private FacetSnap() {}

    /** Per facet the area-weighted selected fraction in [0, 1]; NaN for a facet without sample points. */
    public static double[] selectedFraction(Mask mask, int[] triangleOfPoint, Facets facets) {
        if (mask.size() != triangleOfPoint.length) {
            throw new IllegalArgumentException(
                    "mask of " + mask.size() + " points, " + triangleOfPoint.length + " point triangles");
        }
        double[] w = PointWeights.of(triangleOfPoint, facets);
        double[] selected = new double[facets.count()];
        double[] total = new double[facets.count()];
        for (int p = 0; p < w.length; p++) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            if (f >= 0) {
                total[f] += w[p];
                if (mask.contains(p)) {
                    selected[f] += w[p];
                }
            }
        }
        for (int f = 0; f < total.length; f++) {
            selected[f] = total[f] > 0 ? selected[f] / total[f] : Double.NaN;
        }
        return selected;
    }

    /** Facets whose selected fraction is above {@code majority} (unsampled facets are not selected). */
    public static boolean[] facets(Mask mask, int[] triangleOfPoint, Facets facets, double majority) {
        double[] fraction = selectedFraction(mask, triangleOfPoint, facets);
        boolean[] out = new boolean[fraction.length];
        for (int f = 0; f < out.length; f++) {
            out[f] = fraction[f] > majority;
        }
        return out;
    }

    /** The point mask of a facet selection: a point is selected iff its facet is; points on no facet keep theirs. */
    public static Mask points(boolean[] facetSelected, Mask mask, int[] triangleOfPoint, Facets facets) {
        boolean[] out = new boolean[triangleOfPoint.length];
        for (int p = 0; p < out.length; p++) {
            int f = PointWeights.facetOf(p, triangleOfPoint, facets);
            out[p] = f >= 0 ? facetSelected[f] : mask.contains(p);
        }
        return new Mask(out);
    }

    /** The triangle mask of a facet selection (degenerate triangles are not selected). */
    public static boolean[] triangles(boolean[] facetSelected, Facets facets) {
        int[] of = facets.facetOfTriangle();
        boolean[] out = new boolean[of.length];
        for (int t = 0; t < of.length; t++) {
            out[t] = of[t] >= 0 && facetSelected[of[t]];
        }
        return out;
    }

    /** Majority snap of a point mask in one call: {@link #points} of {@link #facets} at {@link #MAJORITY}. */
    public static Mask snap(Mask mask, int[] triangleOfPoint, Facets facets) {
        return points(facets(mask, triangleOfPoint, facets, MAJORITY), mask, triangleOfPoint, facets);
    }
}
