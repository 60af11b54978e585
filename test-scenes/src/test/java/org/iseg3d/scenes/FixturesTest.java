package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {

    private static final String HINT = " is stale: regenerate with FixtureWriter (see test-scenes/README.md)";

    @TempDir
    Path dir;

    @Test
    void committedFixturesEqualFreshlyGeneratedObjects() throws IOException {
        long total = 0;
        for (String category : BenchmarkGenerator.categories()) {
            byte[] committed = Fixtures.bytes(category);
            byte[] fresh = GlbWriter.toBytes(BenchmarkGenerator.build(category, Fixtures.INDEX, Fixtures.SEED));
            assertArrayEquals(fresh, committed, "fixture " + category + HINT);
            total += committed.length;
        }
        assertTrue(total < 1_500_000, "fixtures total " + total + " bytes");
    }

    @Test
    void fixturesCanBeCopiedOutOfTheJarAndRead() throws IOException {
        List<Path> files = Fixtures.copyTo(dir);
        assertEquals(BenchmarkGenerator.categories().size(), files.size());
        for (int i = 0; i < files.size(); i++) {
            String category = BenchmarkGenerator.categories().get(i);
            assertEquals(category + ".glb", files.get(i).getFileName().toString());
            SceneObject o = BenchmarkGenerator.build(category, Fixtures.INDEX, Fixtures.SEED);
            GlbWriterTest.assertMatches(o, GlbWriterTest.read(files.get(i)));
        }
        Path mug = Fixtures.fixture("mug");
        assertTrue(Files.isRegularFile(mug));
        assertArrayEquals(Fixtures.bytes("mug"), Files.readAllBytes(mug));
    }

    @Test
    void fixtureWriterWritesTheSameBytes() throws IOException {
        long total = FixtureWriter.writeAll(dir);
        long sum = 0;
        for (String category : BenchmarkGenerator.categories()) {
            byte[] written = Files.readAllBytes(dir.resolve(category + ".glb"));
            assertArrayEquals(Fixtures.bytes(category), written, category + HINT);
            sum += written.length;
        }
        assertEquals(sum, total);
    }
}
