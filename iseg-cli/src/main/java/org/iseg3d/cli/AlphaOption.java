package org.iseg3d.cli;

import org.iseg3d.core.click.ClickParams;
import picocli.CommandLine.Option;

/** {@code --alpha}: the click radius α of eq. 7 (default {@link ClickParams#DEFAULT_ALPHA}). */
final class AlphaOption {

    @Option(
            names = "--alpha",
            paramLabel = "A",
            defaultValue = "" + ClickParams.DEFAULT_ALPHA,
            description = "Click radius α of eq. 7; for propose also the link distance (1.7 α) and spread (α) "
                    + "(default: ${DEFAULT-VALUE}).")
    float alpha;
}
