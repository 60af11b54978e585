package org.iseg3d.bench;

import java.nio.file.Path;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.eval.FacetMethod;
import org.iseg3d.core.eval.MeshBaselines;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.mesh.FacetParams;

/** Resolves a {@code --method} name to a segmentation method. */
public final class Methods {

    public static final String NAMES = "learned, fpfh, heatmap, xyz, linked, facets";
    public static final java.util.List<String> NAMES_LIST =
            java.util.List.of("learned", "fpfh", "heatmap", "xyz", "linked", "facets");

    private Methods() {}

    /** A resolved {@code --method}: the segmentation method and the embedder behind it (null for heatmap). */
    public record Resolved(SegmentationMethod method, Embedder embedder) {
        public static Resolved of(Embedder e) {
            return new Resolved(SegmentationMethod.embedding(e), e);
        }
    }

    public static SegmentationMethod byName(String name, Path model) {
        return resolve(name, model).method();
    }

    public static Resolved resolve(String name, Path model) {
        return switch (name) {
            case "xyz" -> Resolved.of(new XyzEmbedder());
            case "fpfh" -> Resolved.of(new FpfhEmbedder());
            case "heatmap" -> new Resolved(SegmentationMethod.heatmap(), null);
            case "linked" -> new Resolved(new MeshBaselines(MeshBaselines.Region.LINKED, FacetParams.DEFAULTS), null);
            case "facets" -> new Resolved(new MeshBaselines(MeshBaselines.Region.FACETS, FacetParams.DEFAULTS), null);
            case "learned" -> Resolved.of(learnedOrFpfh(model));
            default -> throw new IllegalArgumentException("unknown --method '" + name + "'; choose one of " + NAMES);
        };
    }

    /**
     * {@link #resolve(String, Path)} for a run on meshes: an embedding method is made facet-aware
     * ({@link FacetMethod}) when {@code mesh} says so for it; the {@code facets} baseline takes the facet angle.
     */
    public static Resolved resolve(String name, Path model, MeshSettings mesh) {
        FacetMethod.Settings fs = mesh.facetSettings();
        if ("facets".equals(name) || "linked".equals(name)) {
            MeshBaselines.Region r = "linked".equals(name) ? MeshBaselines.Region.LINKED : MeshBaselines.Region.FACETS;
            return new Resolved(new MeshBaselines(r, fs.facets()), null);
        }
        Resolved plain = resolve(name, model);
        if (plain.embedder() == null || !mesh.facetsFor(name)) {
            return plain;
        }
        return new Resolved(FacetMethod.of(plain.embedder(), fs), plain.embedder());
    }

    /** An embedding method by name (learned, fpfh, xyz); heatmap has no embedding. */
    public static Embedder embedderByName(String name, Path model) {
        Embedder e = resolve(name, model).embedder();
        if (e == null) {
            throw new IllegalArgumentException(
                    "--method " + name + " has no embedding; proposals need learned, fpfh " + "or xyz");
        }
        return e;
    }

    /**
     * The learned embedder from the provider on the class path (module tf-model); if it is missing or cannot load
     * its model (missing or corrupt folder, wrong signatures, TensorFlow native library), one warning line with the
     * reason on standard error and FPFH instead; the report then names fpfh as the method.
     */
    private static Embedder learnedOrFpfh(Path model) {
        String reason;
        try {
            var provider = EmbedderProvider.find("learned");
            if (provider.isPresent()) {
                return provider.get().create(model);
            }
            reason = "the learned model (module tf-model) is not on the class path";
        } catch (RuntimeException | LinkageError e) {
            reason = e.getMessage() != null ? e.getMessage() : e.toString();
        }
        System.err.println("iseg3d: warning: --method learned unavailable (" + reason + "); using fpfh instead");
        return new FpfhEmbedder();
    }
}
