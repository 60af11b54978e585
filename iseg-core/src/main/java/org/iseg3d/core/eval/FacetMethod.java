package org.iseg3d.core.eval;

import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.click.MaskRefinement;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.mesh.FacetClickRule;
import org.iseg3d.core.mesh.FacetParams;
import org.iseg3d.core.mesh.FacetPooling;
import org.iseg3d.core.mesh.Facets;
import org.iseg3d.core.mesh.LinkedComponents;
import org.iseg3d.core.mesh.SampledMesh;

/**
 * A mesh-aware embedding method (issue 12, "clicks on facets"): per shape the facets of the whole welded model are
 * computed once; the iSeg3D click rule (eq. 6-8, Alg. 1-2) runs on the points, then the mask follows facets
 * ({@link FacetClickRule}): a clicked facet is selected whole, a negatively clicked one removed whole, any other facet
 * goes with the area-weighted majority of its points unless it is split between [lower, upper] (a facet spanning two
 * parts: its points keep the point rule).
 *
 * <p>Variants ({@link Variant}): {@code SNAP} runs the click rule on the embedder's own embedding; {@code POOL}
 * first replaces each point's embedding by {@code (1 - mix)·own + mix·(its facet's area-weighted mean)}
 * ({@link FacetPooling}), so points of one facet agree before the rule, then snaps the same way; {@code LINKED} is
 * {@code POOL} followed by {@link ComponentSnap}: the mask also follows connected components of the welded mesh (a
 * clicked component is taken whole until a negative click lands in it). Without a mesh the method is the plain point
 * method.
 */
public final class FacetMethod implements SegmentationMethod {

    /** How the embedding meets the facets. */
    public enum Variant {
        SNAP,
        POOL,
        LINKED
    }

    /**
     * @param variant    SNAP or POOL
     * @param facets     how facets are grown (the angle threshold above all)
     * @param mix        POOL only: weight of the facet mean in [0, 1]
     * @param lower      facets with a selected fraction below it are removed
     * @param upper      facets with a selected fraction above it are selected
     */
    public record Settings(Variant variant, FacetParams facets, double mix, double lower, double upper) {

        /** The default kept after measuring on the real eval split (iseg-bench README). */
        public static final Settings DEFAULTS = new Settings(
                Variant.LINKED, FacetParams.DEFAULTS, 1.0, FacetClickRule.DEFAULT_LOWER, FacetClickRule.DEFAULT_UPPER);

        public Settings {
            if (!(mix >= 0 && mix <= 1)) {
                throw new IllegalArgumentException("facet mix must be in [0, 1]: " + mix);
            }
        }

        public Settings withAngle(double degrees) {
            return new Settings(variant, facets.withMaxAngle(degrees), mix, lower, upper);
        }

        public Settings withVariant(Variant v) {
            return new Settings(v, facets, mix, lower, upper);
        }
    }

    private final Embedder embedder;
    private final Settings settings;

    public FacetMethod(Embedder embedder, Settings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public Prepared prepare(ShapeContext context) {
        return prepare(context, null);
    }

    @Override
    public Prepared prepare(ShapeContext context, SampledMesh mesh) {
        return prepared(context, embedder.embed(context.cloud()), embedder.dimension(), mesh, settings);
    }

    /** The shape ready for clicks from an embedding already computed (N·d floats). */
    public static Prepared prepared(ShapeContext context, float[] emb, int d, SampledMesh mesh, Settings settings) {
        if (mesh == null) {
            return params -> ClickSegmenter.ofEmbedding(context, emb, d, params);
        }
        Facets facets = Facets.of(mesh.mesh(), settings.facets());
        int[] tri = mesh.triangleOfPoint();
        float[] used = emb;
        if (settings.variant() != Variant.SNAP) {
            float[] pooled = FacetPooling.perPoint(FacetPooling.pool(emb, d, tri, facets), emb, tri, facets);
            double w = settings.mix();
            used = pooled;
            if (w < 1) {
                for (int i = 0; i < used.length; i++) {
                    used[i] = (float) ((1 - w) * emb[i] + w * pooled[i]);
                }
            }
        }
        float[] rows = used;
        MaskRefinement snap0 = refinement(new FacetClickRule(facets, tri, settings.lower(), settings.upper()));
        if (settings.variant() == Variant.LINKED) {
            int[] componentOfFacet = LinkedComponents.ofFacets(facets);
            int[] facetOf = mesh.facetOfPoint(facets);
            int[] componentOfPoint = new int[facetOf.length];
            int components = 0;
            for (int c : componentOfFacet) {
                components = Math.max(components, c + 1);
            }
            for (int p = 0; p < facetOf.length; p++) {
                componentOfPoint[p] = facetOf[p] < 0 ? -1 : componentOfFacet[facetOf[p]];
            }
            MaskRefinement facetSnap = snap0;
            ComponentSnap linked = new ComponentSnap(componentOfPoint, components, settings.lower(), settings.upper());
            snap0 = (mask, pos, neg) -> linked.refine(facetSnap.refine(mask, pos, neg), pos, neg);
        }
        MaskRefinement snap = snap0;
        if (rows == emb) {
            return params ->
                    ClickSegmenter.ofEmbedding(context, rows, d, params).refinedBy(snap);
        }
        int[] facetOfPoint = mesh.facetOfPoint(facets);
        int count = facets.count();
        return params -> {
            ClickSegmenter own = ClickSegmenter.ofEmbedding(context, emb, d, params);
            return ClickSegmenter.ofEmbedding(context, rows, d, params)
                    .refinedBy(splitFacets(own, facetOfPoint, count))
                    .refinedBy(snap);
        };
    }

    /**
     * Pooled variants: in a facet holding both a positive and a negative click (a facet spanning two parts), points
     * take the point rule over their OWN embedding ({@code own}), so the facet can still be cut.
     */
    static MaskRefinement splitFacets(ClickSegmenter own, int[] facetOfPoint, int facets) {
        return (mask, pos, neg) -> {
            byte[] clicked = new byte[facets];
            for (int p : pos) {
                if (facetOfPoint[p] >= 0) {
                    clicked[facetOfPoint[p]] |= 1;
                }
            }
            boolean any = false;
            for (int p : neg) {
                if (facetOfPoint[p] >= 0) {
                    any |= (clicked[facetOfPoint[p]] |= 2) == 3;
                }
            }
            if (!any) {
                return mask;
            }
            java.util.List<org.iseg3d.core.click.Click> clicks = new java.util.ArrayList<>();
            for (int p : pos) {
                clicks.add(org.iseg3d.core.click.Click.positive(p));
            }
            for (int p : neg) {
                clicks.add(org.iseg3d.core.click.Click.negative(p));
            }
            boolean[] split = own.segment(clicks).selected();
            for (int p = 0; p < mask.length; p++) {
                int f = facetOfPoint[p];
                if (f >= 0 && clicked[f] == 3) {
                    mask[p] = split[p];
                }
            }
            return mask;
        };
    }

    /** The facet rule as the last step of a segmenter. */
    static MaskRefinement refinement(FacetClickRule rule) {
        return (mask, pos, neg) -> rule.apply(new Mask(mask), pos, neg).mask().selected();
    }

    /** For tests and reports: the settings in use. */
    public Settings settings() {
        return settings;
    }

    /** A method with {@code settings} over the embedder's segmenter parameters (unchanged). */
    public static SegmentationMethod of(Embedder embedder, Settings settings) {
        return new FacetMethod(embedder, settings);
    }
}
