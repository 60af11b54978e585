package org.iseg3d.scenes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Regenerates the committed fixtures (one object per category, seed 1, index 0). Argument: the
 * fixture folder; default {@code test-scenes/src/main/resources/org/iseg3d/scenes/fixtures} when run
 * from the repository root, or {@code src/main/resources/...} when run from the module folder.
 */
public final class FixtureWriter {

    private static final Logger LOG = LogManager.getLogger(FixtureWriter.class);
    private static final String RELATIVE = "src/main/resources/org/iseg3d/scenes/fixtures";

    private FixtureWriter() {}

    /** Writes {@code <category>.glb} for every category into {@code dir}; returns the total size in bytes. */
    public static long writeAll(Path dir) throws IOException {
        long total = 0;
        for (String category : BenchmarkGenerator.categories()) {
            SceneObject object = BenchmarkGenerator.build(category, Fixtures.INDEX, Fixtures.SEED);
            Path file = dir.resolve(category + ".glb");
            GlbWriter.write(object, file);
            total += Files.size(file);
        }
        return total;
    }

    public static void main(String[] args) throws IOException {
        Path dir;
        if (args.length > 0) {
            dir = Paths.get(args[0]);
        } else if (Files.isDirectory(Paths.get("test-scenes/src/main"))) {
            dir = Paths.get("test-scenes", RELATIVE);
        } else {
            dir = Paths.get(RELATIVE);
        }
        long total = writeAll(dir);
        LOG.info("fixtures written to {} ({} bytes)", dir.toAbsolutePath(), total);
    }
}
