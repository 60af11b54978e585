package org.iseg3d.bridge.cli;

import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;

import java.nio.file.Path;

/** Resolves a {@code --method} name to a segmentation method. */
final class Methods {

    static final String NAMES = "learned, fpfh, heatmap, xyz";
    static final java.util.List<String> NAMES_LIST = java.util.List.of("learned", "fpfh", "heatmap", "xyz");

    private Methods() {
    }

    static SegmentationMethod byName(String name, Path model) {
        return switch (name) {
            case "xyz" -> SegmentationMethod.embedding(new XyzEmbedder());
            case "fpfh" -> SegmentationMethod.embedding(new FpfhEmbedder());
            case "heatmap" -> SegmentationMethod.heatmap();
            case "learned" -> SegmentationMethod.embedding(EmbedderProvider.find("learned")
                    .orElseThrow(() -> new IllegalArgumentException("--method learned is not available: the learned"
                            + " model (module tf-model) is not installed in this build; use --method fpfh, heatmap"
                            + " or xyz"))
                    .create(model));
            default -> throw new IllegalArgumentException("unknown --method '" + name + "'; choose one of " + NAMES);
        };
    }
}
