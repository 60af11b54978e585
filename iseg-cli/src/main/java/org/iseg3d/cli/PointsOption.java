package org.iseg3d.cli;

import picocli.CommandLine.Option;

/** {@code --points}: points sampled per shape (default 4096, what the learned model was trained on). */
final class PointsOption {

    static final int DEFAULT = 4096;

    @Option(
            names = "--points",
            paramLabel = "N",
            description = "Points sampled per shape (default: " + DEFAULT
                    + "; segment: the script's \"points\"; train --resume: the run's own).")
    Integer points;

    /** The given count, else {@value #DEFAULT}. */
    int value() {
        return points != null ? points : DEFAULT;
    }
}
