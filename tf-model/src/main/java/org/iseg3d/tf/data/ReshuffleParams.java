package org.iseg3d.tf.data;

/**
 * Settings of the Reshuffle generator.
 *
 * @param points                  N, points sampled per shape ({@link #DEFAULT_POINTS})
 * @param minParts                fewest primitives composed into a shape ({@link #DEFAULT_MIN_PARTS}), at least 2
 * @param maxParts                most primitives ({@link #DEFAULT_MAX_PARTS})
 * @param deformProbability       chance that a primitive gets a mild {@link Deformation} ({@link #DEFAULT_DEFORM})
 * @param globalDeformProbability chance that the whole shape gets one ({@link #DEFAULT_GLOBAL_DEFORM})
 * @param minAreaFraction         leaf parts below this share of the surface are left out before sampling, so no
 *                                segment is a handful of points ({@link #DEFAULT_MIN_AREA_FRACTION})
 */
public record ReshuffleParams(
        int points,
        int minParts,
        int maxParts,
        double deformProbability,
        double globalDeformProbability,
        double minAreaFraction) {

    public static final int DEFAULT_POINTS = 4096;
    /** Shapes have 2-12 primitives, as in the reference generator. */
    public static final int DEFAULT_MIN_PARTS = 2;

    public static final int DEFAULT_MAX_PARTS = 12;
    public static final double DEFAULT_DEFORM = 0.35;
    public static final double DEFAULT_GLOBAL_DEFORM = 0.25;
    /** 0.25% of the area: about 10 of 4096 points. */
    public static final double DEFAULT_MIN_AREA_FRACTION = 0.0025;

    public ReshuffleParams {
        if (points < 16) {
            throw new IllegalArgumentException("points must be at least 16, got " + points);
        }
        if (minParts < 2 || maxParts < minParts || maxParts > 64) {
            throw new IllegalArgumentException(
                    "need 2 <= minParts <= maxParts <= 64, got " + minParts + ".." + maxParts);
        }
        if (!(deformProbability >= 0 && deformProbability <= 1)
                || !(globalDeformProbability >= 0 && globalDeformProbability <= 1)) {
            throw new IllegalArgumentException("probabilities must be in [0, 1]");
        }
        if (!(minAreaFraction >= 0 && minAreaFraction < 0.1)) {
            throw new IllegalArgumentException("minAreaFraction must be in [0, 0.1), got " + minAreaFraction);
        }
    }

    /** The defaults with {@code points} points. */
    public static ReshuffleParams defaults(int points) {
        return new ReshuffleParams(
                points,
                DEFAULT_MIN_PARTS,
                DEFAULT_MAX_PARTS,
                DEFAULT_DEFORM,
                DEFAULT_GLOBAL_DEFORM,
                DEFAULT_MIN_AREA_FRACTION);
    }
}
