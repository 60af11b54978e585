package org.iseg3d.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the seed of sampling, simulated clicks or generation (default 1). */
final class SeedOption {

    static final long DEFAULT = 1;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of sampling, simulated clicks and generators " + "(default: " + DEFAULT
                    + "; segment: the script's \"seed\"; train --resume: the run's own).")
    Long seed;

    /** The given seed, else {@value #DEFAULT}. */
    long value() {
        return seed != null ? seed : DEFAULT;
    }
}
