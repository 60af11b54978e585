package org.iseg3d.tf.train;

/**
 * Opens the training data by name at a data position. {@code standin} is the built-in {@link StandInShapes}.
 * MERGE POINT: after tf-data is merged, add {@code case "reshuffle" -> new ReshuffleSource(seed, points, position)}
 * here (see tf-model/MODEL.md, "Wiring in the generator").
 */
public final class ShapeSources {

    public static final String STAND_IN = "standin";

    private ShapeSources() {
    }

    public static ShapeSource open(String name, long seed, int points, long position) {
        return switch (name) {
            case STAND_IN -> new StandInShapes(seed, points, position);
            default -> throw new IllegalArgumentException("unknown training data '" + name + "'; available: "
                    + STAND_IN);
        };
    }
}
