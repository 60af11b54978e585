package org.iseg3d.bridge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cycles and dangling children in the glTF node hierarchy are refused before jME recurses into them. */
class GltfGraphCheckTest {

    @TempDir
    Path dir;

    private static String problem(String json) throws IOException {
        return GltfGraphCheck.problem(new StringReader(json));
    }

    @Test
    void forestsPass() throws IOException {
        assertNull(problem("{\"nodes\":[{\"children\":[1,2]},{\"name\":\"a\"},{\"children\":[3]},{}]}"));
        assertNull(problem("{\"asset\":{\"version\":\"2.0\"}}"));
        assertNull(problem("{\"nodes\":[{\"children\":[1]},{}], \"nodes2\": [1, "), "malformed: left to jME");
        // a node shared by two parents is not a cycle (jME clones it)
        assertNull(problem("{\"nodes\":[{\"children\":[2]},{\"children\":[2]},{}]}"));
    }

    @Test
    void cyclesAndBadIndicesAreFound() throws IOException {
        assertEquals(
                "node 0 is its own descendant (cycle in the node hierarchy)",
                problem("{\"nodes\":[{\"children\":[0]}]}"));
        assertEquals(
                "node 0 is its own descendant (cycle in the node hierarchy)",
                problem("{\"buffers\":[{\"uri\":\"data:xyz\"}],\"nodes\":[{\"children\":[1]},{\"children\":[2]},"
                        + "{\"children\":[0]}]}"));
        assertEquals("node 1 has child 5, but there are 2 nodes", problem("{\"nodes\":[{},{\"children\":[5]}]}"));
    }

    @Test
    void loaderRefusesACycleQuickly() throws IOException {
        String json = new TestModels.Gltf()
                .node("n", "m", TestModels.SQUARE, TestModels.SQUARE_IDX, null, null, 1)
                .toGltfJson()
                .replace("\"mesh\":0", "\"mesh\":0,\"children\":[0]");
        Path gltf = TestModels.write(dir.resolve("loop.gltf"), json);
        Path glb = dir.resolve("loop.glb");
        java.nio.file.Files.write(
                glb,
                new TestModels.Gltf()
                        .node("n", "m", TestModels.SQUARE, TestModels.SQUARE_IDX, null, null, 1)
                        .glbBytesWithJsonEdit("\"mesh\":0", "\"mesh\":0,\"children\":[0]"));
        for (Path p : new Path[] {gltf, glb}) {
            ModelLoadException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> assertThrows(ModelLoadException.class, () -> new SceneLoader().load(p)));
            assertTrue(e.getMessage().startsWith(p.getFileName() + ": not a valid glTF"), e.getMessage());
            assertTrue(
                    e.getMessage().endsWith("(node 0 is its own descendant (cycle in the node hierarchy))"),
                    e.getMessage());
        }
    }
}
