package org.iseg3d.bench;

import org.iseg3d.core.eval.FacetMethod;
import org.iseg3d.core.eval.ShapeEvaluator;

/**
 * The mesh options of {@code iseg3d eval} (issue 12): whether masks follow facets ({@code facets} null: the method's
 * default, on for {@code learned}), how ({@code facets} settings: variant, angle) and which parts are evaluated.
 */
public record MeshSettings(Boolean facets, FacetMethod.Settings facetSettings, ShapeEvaluator.PartFloor floor) {

    /** The defaults: facets by method, {@link FacetMethod.Settings#DEFAULTS}, the 0.05 % area floor. */
    public static final MeshSettings DEFAULTS = new MeshSettings(
            null, FacetMethod.Settings.DEFAULTS, new ShapeEvaluator.PartFloor(1, ShapeEvaluator.DEFAULT_MIN_PART_AREA));

    /** The behaviour before issue 12: no facets, parts with ≥ 20 points. */
    public static final MeshSettings POINTS_ONLY = new MeshSettings(
            false,
            FacetMethod.Settings.DEFAULTS,
            ShapeEvaluator.PartFloor.points(ShapeEvaluator.DEFAULT_MIN_PART_POINTS));

    /** Whether facets are on for {@code method}: as asked, else on for learned only. */
    public boolean facetsFor(String method) {
        if (facets != null) {
            return facets;
        }
        return "learned".equals(method);
    }
}
