package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesByteIdenticalFilesAndDifferentSeedsDiffer() throws IOException {
        List<Integer> progress = new ArrayList<>();
        List<Path> a = BenchmarkGenerator.generate(dir.resolve("a"), 1, 6, progress::add);
        List<Path> b = BenchmarkGenerator.generate(dir.resolve("b"), 1, 6, null);
        List<Path> c = BenchmarkGenerator.generate(dir.resolve("c"), 2, 6, null);
        assertEquals(48, a.size());
        assertEquals(IntStream.rangeClosed(1, 48).boxed().toList(), progress);
        int differing = 0;
        for (int i = 0; i < a.size(); i++) {
            Path rel = dir.resolve("a").relativize(a.get(i));
            assertEquals(rel, dir.resolve("b").relativize(b.get(i)));
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), "same seed: " + rel);
            if (!Arrays.equals(Files.readAllBytes(a.get(i)), Files.readAllBytes(c.get(i)))) {
                differing++;
            }
        }
        assertEquals(48, differing, "every object changes with the seed");
    }

    @Test
    void layoutIsCategoryFolderWithNumberedFiles() throws IOException {
        List<Path> files = BenchmarkGenerator.generate(dir, 3, 2, null);
        List<String> names = files.stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .toList();
        assertEquals(
                List.of(
                        "bottle/bottle_01.glb",
                        "bottle/bottle_02.glb",
                        "chair/chair_01.glb",
                        "chair/chair_02.glb",
                        "display/display_01.glb",
                        "display/display_02.glb",
                        "faucet/faucet_01.glb",
                        "faucet/faucet_02.glb",
                        "laptop/laptop_01.glb",
                        "laptop/laptop_02.glb",
                        "mug/mug_01.glb",
                        "mug/mug_02.glb",
                        "refrigerator/refrigerator_01.glb",
                        "refrigerator/refrigerator_02.glb",
                        "table/table_01.glb",
                        "table/table_02.glb"),
                names);
        for (Path p : files) {
            assertTrue(Files.size(p) > 1000);
        }
    }

    @Test
    void buildIsAPureFunctionOfSeedCategoryAndIndex() {
        SceneObject x = BenchmarkGenerator.build("chair", 4, 11);
        assertEquals(x, BenchmarkGenerator.build("chair", 4, 11));
        assertFalse(x.equals(BenchmarkGenerator.build("chair", 4, 12)));
        assertEquals("chair_05", x.name());
        // index 6 repeats the structure of index 0 with new proportions
        SceneObject first = BenchmarkGenerator.build("table", 0, 1);
        SceneObject seventh = BenchmarkGenerator.build("table", 6, 1);
        assertEquals(first.partNames(), seventh.partNames());
        assertFalse(first.equals(seventh));
    }
}
