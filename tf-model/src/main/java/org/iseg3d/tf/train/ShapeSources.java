package org.iseg3d.tf.train;

/**
 * Opens the training data by name at a data position: {@code reshuffle} (the default, {@link ReshuffleSource},
 * paper Sec. 3.1) or {@code standin} (the tiny built-in {@link StandInShapes}, for tests).
 */
public final class ShapeSources {

    public static final String STAND_IN = "standin";
    public static final String RESHUFFLE = "reshuffle";

    private ShapeSources() {}

    public static ShapeSource open(String name, long seed, int points, long position) {
        return switch (name) {
            case STAND_IN -> new StandInShapes(seed, points, position);
            case RESHUFFLE -> new ReshuffleSource(seed, points, position, 1);
            default -> throw new IllegalArgumentException(
                    "unknown training data '" + name + "'; available: " + RESHUFFLE + ", " + STAND_IN);
        };
    }
}
