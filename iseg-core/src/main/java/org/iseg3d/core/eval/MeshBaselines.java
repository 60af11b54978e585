package org.iseg3d.core.eval;

import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.SelectionRule;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.mesh.FacetParams;
import org.iseg3d.core.mesh.Facets;
import org.iseg3d.core.mesh.LinkedComponents;
import org.iseg3d.core.mesh.SampledMesh;

/**
 * The baselines a mesh-editor user would pick instead of iSeg3D (issue 12, "what to build" 5): a click takes a
 * region of the welded mesh, a negative click removes its region, with no embedding and no post-processing.
 * <ul>
 * <li>{@code linked}: Blender's "select linked", the connected component of the welded mesh;</li>
 * <li>{@code facets}: the clicked crease-bounded facet only.</li>
 * </ul>
 * A region holding both a positive and a negative click is removed (the later, correcting click wins in a
 * simulated session, where negatives follow the positives they correct). Without a mesh each point is its own
 * region.
 */
public final class MeshBaselines implements SegmentationMethod {

    /** Which region a click takes. */
    public enum Region {
        LINKED,
        FACETS
    }

    private final Region region;
    private final FacetParams params;

    public MeshBaselines(Region region, FacetParams params) {
        this.region = region;
        this.params = params;
    }

    @Override
    public String name() {
        return region == Region.LINKED ? "linked" : "facets";
    }

    @Override
    public Prepared prepare(ShapeContext context) {
        return prepare(context, null);
    }

    @Override
    public Prepared prepare(ShapeContext context, SampledMesh mesh) {
        int n = context.size();
        int[] regionOfPoint = new int[n];
        int regions;
        if (mesh == null) {
            for (int p = 0; p < n; p++) {
                regionOfPoint[p] = p;
            }
            regions = n;
        } else {
            Facets facets = Facets.of(mesh.mesh(), params);
            int[] facetOf = mesh.facetOfPoint(facets);
            int[] of = region == Region.LINKED ? LinkedComponents.ofFacets(facets) : null;
            regions = facets.count() + 1; // + 1: points on no facet share the last region
            for (int p = 0; p < n; p++) {
                int f = facetOf[p];
                regionOfPoint[p] = f < 0 ? regions - 1 : of != null ? of[f] : f;
            }
        }
        SelectionRule rule = rule(regionOfPoint, regions);
        return params -> new ClickSegmenter(
                context, rule, params.withOutlierRemoval(false).withSmoothing(false));
    }

    /** Points whose region holds a positive click and no negative one. */
    static SelectionRule rule(int[] regionOfPoint, int regions) {
        return (positives, negatives) -> {
            byte[] state = new byte[regions];
            for (int p : positives) {
                state[regionOfPoint[p]] = 1;
            }
            for (int p : negatives) {
                state[regionOfPoint[p]] = 0;
            }
            boolean[] out = new boolean[regionOfPoint.length];
            for (int p = 0; p < out.length; p++) {
                out[p] = state[regionOfPoint[p]] == 1;
            }
            return out;
        };
    }
}
