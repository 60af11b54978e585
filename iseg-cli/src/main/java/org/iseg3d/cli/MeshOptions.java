package org.iseg3d.cli;

import java.util.Locale;
import org.iseg3d.bench.MeshSettings;
import org.iseg3d.core.eval.FacetMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import picocli.CommandLine.Option;

/** The mesh options of {@code eval} (issue 12): facets, their angle and variant, and the part floor. */
final class MeshOptions {

    @Option(
            names = "--facets",
            negatable = true,
            description = "Masks follow crease-bounded facets of the welded "
                    + "mesh: a click selects at least its facet, a negative click removes its facet (default: on for "
                    + "learned, off for fpfh/xyz; --no-facets gives the point-only method).")
    Boolean facets;

    @Option(
            names = "--facet-angle",
            paramLabel = "DEG",
            description = "Facets join triangles across edges whose "
                    + "unoriented dihedral angle is at most DEG degrees; also the facets baseline's (default: 12).")
    Double angle;

    @Option(
            names = "--facet-variant",
            paramLabel = "V",
            description =
                    "linked (pool, and the mask also follows connected components of the welded mesh), pool (each point takes its facet's mean "
                            + "embedding, then the click rule and the facet snap) or snap (the click rule on the points' own "
                            + "embedding, then the facet snap) (default: linked).")
    String variant;

    @Option(
            names = "--facet-mix",
            paramLabel = "W",
            description =
                    "pool: weight of the facet mean against the " + "point's own embedding, in [0, 1] (default: 1).")
    Double mix;

    @Option(
            names = "--min-part-area",
            paramLabel = "F",
            description = "Skip parts below this fraction of the " + "object's surface area (default: 0.0005).")
    Double minPartArea;

    @Option(
            names = "--min-part-points",
            paramLabel = "N",
            description =
                    "Skip parts with fewer sampled points " + "(default: 1; 20 was the rule before --min-part-area).")
    Integer minPartPoints;

    MeshSettings settings() {
        FacetMethod.Settings s = FacetMethod.Settings.DEFAULTS;
        if (angle != null) {
            s = s.withAngle(angle);
        }
        if (variant != null) {
            try {
                s = s.withVariant(FacetMethod.Variant.valueOf(variant.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown --facet-variant '" + variant + "'; choose linked, pool or snap");
            }
        }
        if (mix != null) {
            s = new FacetMethod.Settings(s.variant(), s.facets(), mix, s.lower(), s.upper());
        }
        ShapeEvaluator.PartFloor d = MeshSettings.DEFAULTS.floor();
        ShapeEvaluator.PartFloor floor = new ShapeEvaluator.PartFloor(
                minPartPoints != null ? minPartPoints : d.minPoints(), minPartArea != null ? minPartArea : d.minArea());
        return new MeshSettings(facets, s, floor);
    }
}
