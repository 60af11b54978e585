package org.iseg3d.bridge.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken input gives a one-line ModelLoadException naming the file, quickly, never a hang or raw jME trace. */
class BrokenFilesTest {

    @TempDir
    Path dir;

    private final SceneLoader loader = new SceneLoader(Duration.ofSeconds(20));

    /** Loads (and flattens) and returns the failure's message after checking its shape. */
    private String failure(Path file, String... expectedFragments) {
        ModelLoadException e = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> assertThrows(ModelLoadException.class, () -> new ShapeReader(loader).read(file, 64, 1)));
        String msg = e.getMessage();
        if (System.getenv("ISEG3D_PRINT_MESSAGES") != null) {
            System.err.println("MSG " + msg);
        }
        assertTrue(msg.startsWith(file.getFileName() + ": "), msg);
        assertFalse(msg.contains("\n"), msg);
        assertFalse(msg.contains("\tat "), msg);
        for (String f : expectedFragments) {
            assertTrue(msg.contains(f), "'" + f + "' not in: " + msg);
        }
        return msg;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.j3o", "a.glb", "a.gltf", "a.obj", "a.mesh.xml"})
    void emptyFile(String name) throws IOException {
        failure(Files.write(dir.resolve(name), new byte[0]), "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.j3o", "a.glb", "a.gltf", "a.obj", "a.mesh.xml"})
    void garbageBytes(String name) throws IOException {
        byte[] junk = new byte[5000];
        new Random(42).nextBytes(junk);
        failure(Files.write(dir.resolve(name), junk));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.gltf", "a.mesh.xml", "a.obj"})
    void plausibleButWrongText(String name) throws IOException {
        String text = name.endsWith(".gltf")
                ? "{\"asset\": {\"version\": \"2.0\"}, \"nodes\": [" // cut JSON
                : name.endsWith(".obj") ? "# just a comment\nhello world\n" : "<mesh><submeshes><submesh>";
        failure(TestModels.write(dir.resolve(name), text));
    }

    @Test
    void gltfWithMissingBufferFile() throws IOException {
        String json = new TestModels.Gltf()
                .node("n", "m", TestModels.SQUARE, TestModels.SQUARE_IDX, null, null, 1)
                .toGltfJson()
                .replaceFirst("data:application/octet-stream;base64,[A-Za-z0-9+/=]+", "chair.bin");
        failure(TestModels.write(dir.resolve("chair.gltf"), json), "missing", "chair.bin");
    }

    @Test
    void gltfWithoutScenes() throws IOException {
        failure(TestModels.write(dir.resolve("a.gltf"), "{\"asset\": {\"version\": \"2.0\"}}"));
    }

    @Test
    void truncatedGlb() throws IOException {
        byte[] glb = new TestModels.Gltf()
                .node("n", "m", TestModels.SQUARE, TestModels.SQUARE_IDX, null, null, 1)
                .glbBytes();
        failure(
                Files.write(dir.resolve("chair.glb"), Arrays.copyOf(glb, glb.length - 10)),
                "not a valid glTF binary",
                "truncated at byte " + (glb.length - 10));
        failure(Files.write(dir.resolve("tiny.glb"), Arrays.copyOf(glb, 7)), "truncated at byte 7");
    }

    @Test
    void glbWithLyingChunkLength() throws IOException {
        byte[] glb = new TestModels.Gltf()
                .node("n", "m", TestModels.SQUARE, TestModels.SQUARE_IDX, null, null, 1)
                .glbBytes();
        glb[12] = (byte) 0xF0; // JSON chunk length now ~ 4 GB
        glb[13] = (byte) 0xFF;
        glb[14] = (byte) 0xFF;
        glb[15] = (byte) 0x7F;
        failure(Files.write(dir.resolve("liar.glb"), glb), "not a valid glTF binary");
    }

    @Test
    void truncatedJ3o() throws IOException {
        Path good = TestModels.saveJ3o(dir.resolve("good.j3o"), SceneLoaderFormatsTest.j3oChair());
        byte[] bytes = Files.readAllBytes(good);
        for (int cut : new int[] {bytes.length / 2, bytes.length - 5, 20}) {
            failure(
                    Files.write(dir.resolve("cut" + cut + ".j3o"), Arrays.copyOf(bytes, cut)),
                    "not a valid jME binary (.j3o) file",
                    "truncated at byte " + cut);
        }
    }

    @Test
    void unknownExtension() throws IOException {
        failure(TestModels.write(dir.resolve("chair.fbx2"), "x"), "unsupported file type", ".glb");
    }

    @Test
    void missingFile() {
        failure(dir.resolve("nowhere.glb"), "file not found");
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        failure(Files.createDirectory(dir.resolve("folder.obj")), "not a regular file");
    }

    @Test
    void nanVertex() throws IOException {
        Node root = new Node("root");
        float[] pos = TestModels.SQUARE.clone();
        pos[4] = Float.NaN;
        root.attachChild(SceneLoaderFormatsTest.geometry("good", TestModels.SQUARE, TestModels.SQUARE_IDX));
        root.attachChild(SceneLoaderFormatsTest.geometry("bad_leg", pos, TestModels.SQUARE_IDX));
        failure(TestModels.saveJ3o(dir.resolve("nan.j3o"), root), "root/bad_leg", "non-finite");
    }

    @Test
    void nanVertexInObj() throws IOException {
        failure(
                TestModels.write(dir.resolve("nan.obj"), "v 0 0 0\nv 1 NaN 0\nv 0 1 0\ng tri\nf 1 2 3\n"),
                "non-finite",
                "tri");
    }

    @Test
    void indexOutOfRange() throws IOException {
        Node root = new Node("root");
        Geometry g = SceneLoaderFormatsTest.geometry("seat", TestModels.SQUARE, new int[] {0, 1, 2, 0, 2, 7});
        root.attachChild(g);
        failure(TestModels.saveJ3o(dir.resolve("oor.j3o"), root), "root/seat", "index 7 out of range");
    }

    @Test
    void indexOutOfRangeInGltf() throws IOException {
        Path gltf = new TestModels.Gltf()
                .node("lid", "m", TestModels.SQUARE, new int[] {0, 1, 2, 0, 2, 9}, null, null, 1)
                .writeGltf(dir.resolve("oor.gltf"));
        failure(gltf);
    }

    @Test
    void noTriangleWithArea() throws IOException {
        // all triangles degenerate (collinear points)
        failure(
                TestModels.write(dir.resolve("flat.obj"), "v 0 0 0\nv 1 0 0\nv 2 0 0\ng line\nf 1 2 3\n"),
                "no triangles with area");
        Node empty = new Node("empty");
        failure(TestModels.saveJ3o(dir.resolve("empty.j3o"), empty), "no triangles with area");
    }

    @Test
    void badPartsJson() throws IOException {
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups(null));
        Path json = dir.resolve("thing.obj.parts.json");
        TestModels.write(
                json,
                "{\"parts\": [{\"name\": \"a\", \"geometries\": [\"part_a\"]},"
                        + " {\"name\": \"b\", \"geometries\": [\"no_such_group\"]}]}");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new ShapeReader().read(obj, 64, 1));
        assertTrue(e.getMessage().startsWith("thing.obj.parts.json: "), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_group"), e.getMessage());

        TestModels.write(json, "{\"parts\": [{\"name\": \"a\", \"geometries\": [\"part_a\"]");
        e = assertThrows(ModelLoadException.class, () -> new ShapeReader().read(obj, 64, 1));
        assertTrue(e.getMessage().startsWith("thing.obj.parts.json: "), e.getMessage());

        TestModels.write(
                json,
                "{\"parts\": [{\"name\": \"a\", \"geometries\": [\"part_a\"]},"
                        + " {\"name\": \"b\", \"geometries\": [\"thing-objnode\"]}]}");
        e = assertThrows(ModelLoadException.class, () -> new ShapeReader().read(obj, 64, 1));
        assertTrue(e.getMessage().contains("claimed by parts 'a' and 'b'"), e.getMessage());
    }

    @Test
    void timeoutIsReported() {
        // a loader that never finishes must be abandoned with a clear message
        SceneLoader impatient = new SceneLoader(Duration.ofMillis(1));
        Path obj;
        try {
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                big.append("v ").append(i).append(" 0 0\n");
            }
            big.append("g x\n");
            for (int i = 1; i < 100_000; i++) {
                big.append("f ")
                        .append(i)
                        .append(' ')
                        .append(i + 1)
                        .append(' ')
                        .append(i + 2)
                        .append('\n');
            }
            obj = TestModels.write(dir.resolve("big.obj"), big.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> impatient.load(obj));
        assertTrue(e.getMessage().startsWith("big.obj: loading timed out"), e.getMessage());
    }
}
