package org.iseg3d.bridge.transfer;

import java.util.Arrays;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.core.mesh.Facets;
import org.iseg3d.core.mesh.TriangleMesh;

/**
 * The facet step of {@link LabelTransfer}, so a boundary follows the mesh's facets instead of cutting a big flat face
 * along a diagonal (issue 12, "exact boundaries"). Facets ({@link Facets}, iseg-core) are grown over the whole
 * welded model, never per Geometry. For each facet:
 * <ul>
 *   <li>if sampled points lie on it and all share a label, every triangle of the facet takes that label;</li>
 *   <li>a small facet (at most {@value #SMALL_FACET} triangles, e.g. a quad face of two big triangles) takes the
 *   majority label of its points (ties: the triangles' area-weighted vote), since no split of it would follow
 *   anything but a diagonal;</li>
 *   <li>if no point lies on it, every triangle takes the area-weighted majority of the facet's triangle labels
 *   (ties: the lowest triangle's label);</li>
 *   <li>otherwise (a larger facet whose points disagree: one facet spanning two parts) its triangles keep their own
 *   vote, so such a facet stays splittable, as finely as its triangles allow.</li>
 * </ul>
 * Degenerate triangles (no facet) keep their vote. O(triangles + points) per transfer; immutable and thread-safe.
 */
final class FacetVote {

    /** Facets of at most this many triangles follow the majority of their points. */
    static final int SMALL_FACET = 2;

    private final int[] facetOfTriangle;
    private final int facets;
    private final float[] triangleArea;
    private final int[] trianglesOfFacet;
    /** CSR over facets: the points lying on each facet. */
    private final int[] pOff;

    private final int[] pts;
    /** CSR over facets: their triangles, in ascending order. */
    private final int[] tOff;

    private final int[] tris;

    private FacetVote(
            int[] facetOfTriangle,
            int facets,
            float[] triangleArea,
            int[] trianglesOfFacet,
            int[] pOff,
            int[] pts,
            int[] tOff,
            int[] tris) {
        this.facetOfTriangle = facetOfTriangle;
        this.facets = facets;
        this.triangleArea = triangleArea;
        this.trianglesOfFacet = trianglesOfFacet;
        this.pOff = pOff;
        this.pts = pts;
        this.tOff = tOff;
        this.tris = tris;
    }

    static FacetVote of(TriangleSoup soup, int[] triangleOfPoint) {
        Facets f = Facets.of(new TriangleMesh(soup.positions()));
        int[] facetOf = f.facetOfTriangle();
        int[] pOff = new int[f.count() + 1];
        for (int t : triangleOfPoint) {
            if (t >= 0 && facetOf[t] >= 0) {
                pOff[facetOf[t] + 1]++;
            }
        }
        for (int i = 0; i < f.count(); i++) {
            pOff[i + 1] += pOff[i];
        }
        int[] pts = new int[pOff[f.count()]];
        int[] fill = new int[f.count()];
        for (int i = 0; i < triangleOfPoint.length; i++) {
            int t = triangleOfPoint[i];
            if (t >= 0 && facetOf[t] >= 0) {
                int fc = facetOf[t];
                pts[pOff[fc] + fill[fc]++] = i;
            }
        }
        int[] tOff = new int[f.count() + 1];
        for (int fc : facetOf) {
            if (fc >= 0) {
                tOff[fc + 1]++;
            }
        }
        for (int i = 0; i < f.count(); i++) {
            tOff[i + 1] += tOff[i];
        }
        int[] tris = new int[tOff[f.count()]];
        int[] tFill = new int[f.count()];
        for (int t = 0; t < facetOf.length; t++) {
            if (facetOf[t] >= 0) {
                tris[tOff[facetOf[t]] + tFill[facetOf[t]]++] = t;
            }
        }
        return new FacetVote(facetOf, f.count(), f.triangleArea(), f.triangleCounts(), pOff, pts, tOff, tris);
    }

    /** The labels after the facet step (a new array). */
    int[] apply(int[] labelOfPoint, int[] labelOfTriangle) {
        int[] decided = new int[facets];
        boolean[] whole = new boolean[facets];
        boolean[] decidedByPoints = new boolean[facets];
        for (int fc = 0; fc < facets; fc++) {
            int from = pOff[fc], to = pOff[fc + 1];
            if (to > from) {
                int best = labelOfPoint[pts[from]];
                int bestCount = 0;
                for (int j = from; j < to; j++) { // majority (Boyer–Moore), then a count
                    if (bestCount == 0) {
                        best = labelOfPoint[pts[j]];
                        bestCount = 1;
                    } else {
                        bestCount += labelOfPoint[pts[j]] == best ? 1 : -1;
                    }
                }
                int agree = 0;
                for (int j = from; j < to; j++) {
                    agree += labelOfPoint[pts[j]] == best ? 1 : 0;
                }
                boolean small = trianglesOfFacet[fc] <= SMALL_FACET;
                if (agree == to - from || small && 2 * agree > to - from) {
                    decided[fc] = best;
                    whole[fc] = true;
                    decidedByPoints[fc] = true;
                }
            }
        }
        // facets without points, and small facets whose points tie: area-weighted majority of their triangles' votes
        // (in triangle order; the label whose running weight first exceeds the best so far wins, as before)
        int[] labels = new int[8];
        double[] weights = new double[8];
        for (int fc = 0; fc < facets; fc++) {
            if (pOff[fc + 1] > pOff[fc] && (trianglesOfFacet[fc] > SMALL_FACET || decidedByPoints[fc])) {
                continue;
            }
            int distinct = 0;
            double bestWeight = 0;
            for (int j = tOff[fc]; j < tOff[fc + 1]; j++) {
                int t = tris[j], label = labelOfTriangle[t];
                int k = 0;
                while (k < distinct && labels[k] != label) {
                    k++;
                }
                if (k == distinct) {
                    if (distinct == labels.length) {
                        labels = Arrays.copyOf(labels, 2 * distinct);
                        weights = Arrays.copyOf(weights, 2 * distinct);
                    }
                    labels[k] = label;
                    weights[k] = 0;
                    distinct++;
                }
                double w = weights[k] += (double) triangleArea[t] + 1e-30;
                if (!whole[fc] || w > bestWeight) {
                    whole[fc] = true;
                    bestWeight = w;
                    decided[fc] = label;
                }
            }
        }
        int[] out = labelOfTriangle.clone();
        for (int t = 0; t < out.length; t++) {
            int fc = facetOfTriangle[t];
            if (fc >= 0 && whole[fc]) {
                out[t] = decided[fc];
            }
        }
        return out;
    }
}
