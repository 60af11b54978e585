package org.iseg3d.scenes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.scenes.categories.BottleGenerator;
import org.iseg3d.scenes.categories.CategoryGenerator;
import org.iseg3d.scenes.categories.ChairGenerator;
import org.iseg3d.scenes.categories.DisplayGenerator;
import org.iseg3d.scenes.categories.FaucetGenerator;
import org.iseg3d.scenes.categories.LaptopGenerator;
import org.iseg3d.scenes.categories.MugGenerator;
import org.iseg3d.scenes.categories.RefrigeratorGenerator;
import org.iseg3d.scenes.categories.Rng;
import org.iseg3d.scenes.categories.TableGenerator;

/**
 * Generates the procedural PartNet-style benchmark: {@code outDir/<category>/<category>_NN.glb}.
 * Output is a pure function of (seed, category, index): same seed, byte-identical files.
 */
public final class BenchmarkGenerator {

    public static final long DEFAULT_SEED = 1L;
    public static final int DEFAULT_OBJECTS_PER_CATEGORY = 6;

    private static final Logger LOG = LogManager.getLogger(BenchmarkGenerator.class);

    private static final List<CategoryGenerator> GENERATORS = List.of(
            new BottleGenerator(),
            new ChairGenerator(),
            new DisplayGenerator(),
            new FaucetGenerator(),
            new LaptopGenerator(),
            new MugGenerator(),
            new RefrigeratorGenerator(),
            new TableGenerator());

    private BenchmarkGenerator() {}

    /** The 8 PartNet categories of the paper, in alphabetical order. */
    public static List<String> categories() {
        return GENERATORS.stream().map(CategoryGenerator::category).toList();
    }

    /** Name of object {@code index} (0-based) of a category, e.g. {@code chair_01}. */
    public static String objectName(String category, int index) {
        return String.format(Locale.ROOT, "%s_%02d", category, index + 1);
    }

    /** Builds object {@code index} (0-based) of {@code category} without writing it. */
    public static SceneObject build(String category, int index, long seed) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        CategoryGenerator gen = GENERATORS.stream()
                .filter(g -> g.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown category: " + category + " (known: " + categories() + ")"));
        return gen.generate(objectName(category, index), index, new Rng(objectSeed(seed, category, index)));
    }

    /** Per-object seed mixed from (seed, category, index) with SplitMix64 finalisers. */
    static long objectSeed(long seed, String category, int index) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        h = mix(h ^ category.hashCode());
        return mix(h + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Writes {@code objectsPerCategory} objects of every category.
     *
     * @param progress receives the number of objects written so far (1, 2, ...); may be null
     * @return the written files in generation order (category, then index)
     */
    public static List<Path> generate(Path outDir, long seed, int objectsPerCategory, IntConsumer progress)
            throws IOException {
        if (objectsPerCategory < 1) {
            throw new IllegalArgumentException("objectsPerCategory must be >= 1");
        }
        List<Path> written = new ArrayList<>();
        for (String category : categories()) {
            Path dir = outDir.resolve(category);
            Files.createDirectories(dir);
            for (int i = 0; i < objectsPerCategory; i++) {
                SceneObject object = build(category, i, seed);
                Path file = dir.resolve(object.name() + ".glb");
                GlbWriter.write(object, file);
                written.add(file);
                if (progress != null) {
                    progress.accept(written.size());
                }
            }
            LOG.info("{}: {} objects written to {}", category, objectsPerCategory, dir);
        }
        return written;
    }

    /** Command line: {@code [outDir] [seed] [objectsPerCategory]} (defaults: benchmark, 1, 6). */
    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args.length > 0 ? args[0] : "benchmark");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_OBJECTS_PER_CATEGORY;
        List<Path> files = generate(out, seed, count, n -> LOG.debug("{} objects written", n));
        LOG.info("wrote {} objects to {}", files.size(), out.toAbsolutePath());
    }
}
