package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.export.binary.BinaryExporter;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iseg3d export} end to end: format conversion, labels, sidecar, errors. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void glbToJ3oAndGltfKeepsTheTriangles() throws Exception {
        Path glb = Fixtures.fixture("mug");
        int triangles = SceneFlattener.flatten(new SceneLoader().load(glb)).triangleCount();
        for (String out : new String[] {"mug.j3o", "mug.gltf", "sub/mug.glb"}) {
            Path target = dir.resolve(out);
            CliRun r = run("export", glb.toString(), "--to", target.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("wrote " + target), r.out());
            assertEquals(
                    triangles,
                    SceneFlattener.flatten(new SceneLoader().load(target)).triangleCount(),
                    out);
            assertFalse(Files.exists(Path.of(target + ".labels.json")), "unlabelled scene gets no sidecar");
        }
    }

    @Test
    void labelledJ3oBecomesGlbWithLabelsAndSidecar() throws Exception {
        Node root = new Node("thing");
        Mesh m = new Mesh();
        m.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0});
        m.setBuffer(VertexBuffer.Type.Index, 3, new short[] {0, 1, 2});
        Geometry g = new Geometry("blade", m);
        g.setUserData(PartUserData.PART, "blade");
        g.setUserData(PartUserData.PART_ID, 2);
        root.attachChild(g);
        Path j3o = dir.resolve("thing.j3o");
        BinaryExporter.getInstance().save(root, j3o.toFile());

        Path glb = dir.resolve("thing.glb");
        CliRun r = run("export", j3o.toString(), "--to", glb.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 labelled nodes"), r.out());
        assertTrue(r.out().contains("wrote " + glb + ".labels.json"), r.out());
        LoadedScene back = new SceneLoader().load(glb);
        assertEquals(Integer.valueOf(2), ((Node) back.root()).getChild("blade").getUserData(PartUserData.PART_ID));
        assertTrue(Files.readString(Path.of(glb + ".labels.json")).contains("\"name\" : \"blade\""));

        Path noJson = dir.resolve("plain.glb");
        assertEquals(
                0,
                run("export", j3o.toString(), "--to", noJson.toString(), "--no-labels-json")
                        .code());
        assertFalse(Files.exists(Path.of(noJson + ".labels.json")));
    }

    @Test
    void errorsAreOneLine() throws Exception {
        Path bad = Files.write(dir.resolve("broken.glb"), new byte[] {1, 2, 3});
        CliRun r = run("export", bad.toString(), "--to", dir.resolve("x.glb").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("iseg3d: broken.glb: not a valid glTF binary"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());

        r = run(
                "export",
                Fixtures.fixture("mug").toString(),
                "--to",
                dir.resolve("x.fbx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unsupported output type"), r.err());
        assertFalse(Files.exists(dir.resolve("x.glb")));
    }
}
