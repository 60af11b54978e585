package org.iseg3d.cli;

import org.iseg3d.core.click.ClickParams;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The click-mechanism options shared by {@code eval} and {@code segment}: α and the post-processing switches. */
final class ClickOptions {

    @Mixin
    AlphaOption alpha = new AlphaOption();

    @Option(names = "--no-outlier-removal", description = "Switch off Outlier Removal (Alg. 1).")
    boolean noOutlierRemoval;

    @Option(names = "--no-smoothing", description = "Switch off Segment Smoothing (Alg. 2).")
    boolean noSmoothing;

    /** The paper's defaults with these options applied. */
    ClickParams params() {
        return ClickParams.DEFAULTS
                .withAlpha(alpha.alpha)
                .withOutlierRemoval(!noOutlierRemoval)
                .withSmoothing(!noSmoothing);
    }
}
