package org.iseg3d.scenes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Access to the committed fixture objects (one per category, seed 1, index 0), packaged as
 * classpath resources {@code /org/iseg3d/scenes/fixtures/<category>.glb}.
 */
public final class Fixtures {

    /** Classpath folder of the fixtures. */
    public static final String RESOURCE_DIR = "/org/iseg3d/scenes/fixtures/";
    /** Seed the fixtures were generated with. */
    public static final long SEED = BenchmarkGenerator.DEFAULT_SEED;
    /** Object index of each fixture. */
    public static final int INDEX = 0;

    private static Path tempDir;

    private Fixtures() {}

    /** Classpath resource name of a category's fixture. */
    public static String resource(String category) {
        return RESOURCE_DIR + category + ".glb";
    }

    /** Raw .glb bytes of a category's fixture. */
    public static byte[] bytes(String category) throws IOException {
        try (InputStream in = open(category)) {
            return in.readAllBytes();
        }
    }

    /** Opens a category's fixture; the caller closes the stream. */
    public static InputStream open(String category) throws IOException {
        InputStream in = Fixtures.class.getResourceAsStream(resource(category));
        if (in == null) {
            throw new IOException("no fixture for category " + category + " at " + resource(category));
        }
        return in;
    }

    /** Copies every fixture into {@code dir} as {@code <category>.glb}; returns the files in category order. */
    public static List<Path> copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String category : BenchmarkGenerator.categories()) {
            Path target = dir.resolve(category + ".glb");
            try (InputStream in = open(category)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            out.add(target);
        }
        return out;
    }

    /**
     * A file path for a category's fixture, copied once per JVM into a temporary folder that is
     * deleted on exit.
     */
    public static synchronized Path fixture(String category) {
        try {
            if (tempDir == null) {
                tempDir = Files.createTempDirectory("iseg3d-fixtures");
                tempDir.toFile().deleteOnExit();
            }
            Path target = tempDir.resolve(category + ".glb");
            if (!Files.exists(target)) {
                try (InputStream in = open(category)) {
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
