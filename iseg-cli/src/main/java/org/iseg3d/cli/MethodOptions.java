package org.iseg3d.cli;

import java.nio.file.Path;
import org.iseg3d.bench.Methods;
import picocli.CommandLine.Option;

/** {@code --method} and {@code --model}: the segmentation method, and the learned model's folder. */
final class MethodOptions {

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            description = "Segmentation method: " + Methods.NAMES
                    + " (default: fpfh for eval, xyz for clicks, the script's for segment, else learned).")
    String method;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "Model folder for --method learned (default: the shipped model).")
    Path model;

    /** The given method, else the command's default. */
    String nameOr(String fallback) {
        return method != null ? method : fallback;
    }
}
