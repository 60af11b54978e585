package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.material.MatParam;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.MeshPrimitiveModel;
import de.javagl.jgltf.model.NodeModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.scenes.BenchmarkGenerator;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** glTF export: what jME reads back (names, user-data labels, geometry) and what the file holds (jgltf). */
class GltfSceneExporterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"chair.glb", "chair.gltf", "CHAIR.GLB"})
    void labelledSceneSurvivesAJmeRoundTrip(String fileName) throws Exception {
        Node chair = IoScenes.labelledChair();
        Path file = dir.resolve(fileName);
        GltfSceneExporter.Result r = GltfSceneExporter.export(chair, file);
        assertEquals(fileName.toLowerCase().endsWith(".glb"), r.binary());
        assertEquals(7, r.nodes()); // seat, seat_0, seat_1, back, back_0, other, misc (root unwrapped)
        assertEquals(4, r.meshes());
        assertEquals(12 + 12 + 12 + 18, r.triangles());
        assertEquals(5, r.labelled());
        assertEquals(List.of(), r.warnings());
        if (!r.binary()) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(json.startsWith("{"));
            assertTrue(json.contains("\"uri\" : \"data:application/gltf-buffer;base64,"), "embedded buffer");
        }

        LoadedScene loaded = new SceneLoader().load(file);
        Node root = (Node) loaded.root();
        assertEquals("chair", root.getName());
        assertEquals(
                List.of("seat", "back", "other"),
                root.getChildren().stream().map(Spatial::getName).toList());
        Spatial seat0 = root.getChild("seat_0");
        assertTrue(seat0 instanceof Geometry, "seat_0 is a Geometry: " + seat0);
        assertEquals("seat", seat0.getParent().getName());
        assertEquals("seat", seat0.getUserData(PartUserData.PART));
        assertEquals(Integer.valueOf(0), seat0.getUserData(PartUserData.PART_ID));
        assertEquals(Integer.valueOf(1), root.getChild("back").getUserData(PartUserData.PART_ID));
        assertEquals(
                new PartUserData.Label(1, "back"),
                PartUserData.of(root.getChild("back_0")).orElseThrow());
        assertTrue(PartUserData.of(root.getChild("misc")).isEmpty());
        assertTrue(chair.getChild("back")
                .getLocalRotation()
                .isSimilar(root.getChild("back").getLocalRotation(), 1e-6f));
        assertEquals(
                chair.getChild("back").getLocalScale(), root.getChild("back").getLocalScale());

        // same triangles in the same world positions, same node paths and per-geometry triangle counts
        TriangleSoup before = SceneFlattener.flatten(chair, "before");
        TriangleSoup after = SceneFlattener.flatten(loaded);
        assertEquals(before.triangleCount(), after.triangleCount());
        assertEquals(
                before.geometries().stream().map(SourceGeometry::path).toList(),
                after.geometries().stream().map(SourceGeometry::path).toList());
        assertEquals(
                before.geometries().stream().map(SourceGeometry::triangleCount).toList(),
                after.geometries().stream().map(SourceGeometry::triangleCount).toList());
        float[] a = before.positions();
        float[] b = after.positions();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-5f, "coordinate " + i);
        }

        // attributes: seat_0 has all four, back_0 only UVs, misc only positions
        Mesh m0 = ((Geometry) seat0).getMesh();
        assertNotNull(m0.getBuffer(VertexBuffer.Type.Normal));
        assertNotNull(m0.getBuffer(VertexBuffer.Type.TexCoord));
        assertNotNull(m0.getBuffer(VertexBuffer.Type.Color));
        Mesh back0 = ((Geometry) root.getChild("back_0")).getMesh();
        assertNull(back0.getBuffer(VertexBuffer.Type.Normal));
        assertNotNull(back0.getBuffer(VertexBuffer.Type.TexCoord));
        assertNull(((Geometry) root.getChild("misc")).getMesh().getBuffer(VertexBuffer.Type.TexCoord));
    }

    @Test
    void extrasAreInTheFileForOtherGltfReaders() throws Exception {
        Path file = dir.resolve("chair.glb");
        GltfSceneExporter.export(IoScenes.labelledChair(), file);
        GltfModel model = new GltfModelReader().read(file);
        Map<String, NodeModel> byName = new HashMap<>();
        for (NodeModel n : model.getNodeModels()) {
            byName.put(n.getName(), n);
        }
        assertEquals(
                Map.of("iseg3d.part", "seat", "iseg3d.partId", 0),
                byName.get("seat_1").getExtras());
        assertEquals(
                Map.of("iseg3d.part", "back", "iseg3d.partId", 1),
                byName.get("back").getExtras());
        assertNull(byName.get("misc").getExtras());
        assertEquals("chair", model.getSceneModels().get(0).getName());
        MeshPrimitiveModel p = byName.get("seat_0")
                .getMeshModels()
                .get(0)
                .getMeshPrimitiveModels()
                .get(0);
        assertEquals(
                List.of("COLOR_0", "NORMAL", "POSITION", "TEXCOORD_0"),
                p.getAttributes().keySet().stream().sorted().toList());
        assertEquals(36, p.getIndices().getCount());
        assertArrayEquals(
                new Number[] {0f, 0f, 0f}, p.getAttributes().get("POSITION").getMin());
        assertArrayEquals(new float[] {0, 0.5f, 0}, byName.get("seat").getTranslation());
        assertNull(byName.get("seat_0").getTranslation());
        assertArrayEquals(new float[] {1, 2, 0.1f}, byName.get("back").getScale());
    }

    @Test
    void baseColourOfTheMaterialIsKept() throws Exception {
        Geometry g = new Geometry("red", IoScenes.cube(true, false, false));
        g.setMaterial(IoScenes.unshaded(new ColorRGBA(0.8f, 0.1f, 0.2f, 1f)));
        Node root = new Node("r");
        root.attachChild(g);
        Path file = dir.resolve("red.glb");
        GltfSceneExporter.export(root, file);
        GltfModel model = new GltfModelReader().read(file);
        MaterialModelV2 mat = (MaterialModelV2) model.getMaterialModels().get(0);
        assertArrayEquals(new float[] {0.8f, 0.1f, 0.2f, 1f}, mat.getBaseColorFactor());
        Geometry back = (Geometry) ((Node) new SceneLoader().load(file).root()).getChild("red");
        MatParam base = back.getMaterial().getParam("BaseColor");
        assertEquals(new ColorRGBA(0.8f, 0.1f, 0.2f, 1f), base.getValue());
    }

    @Test
    void benchmarkFixtureReExportsWithTheSameParts() throws Exception {
        // a real generated object: glb → jME → glb keeps node names and triangle counts
        String category = BenchmarkGenerator.categories().get(1);
        LoadedScene original = new SceneLoader().load(Fixtures.fixture(category));
        Path file = dir.resolve("again.glb");
        GltfSceneExporter.export(original.root(), file);
        TriangleSoup a = SceneFlattener.flatten(original);
        TriangleSoup b = SceneFlattener.flatten(new SceneLoader().load(file));
        assertEquals(a.triangleCount(), b.triangleCount());
        assertEquals(
                a.geometries().stream().map(SourceGeometry::defaultPartName).toList(),
                b.geometries().stream().map(SourceGeometry::defaultPartName).toList());
    }

    @Test
    void pointsLinesStripsAndNonIndexedMeshes() throws Exception {
        Node root = new Node("modes");
        Mesh points = new Mesh();
        points.setMode(Mesh.Mode.Points);
        points.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0});
        root.attachChild(new Geometry("points", points));
        Mesh lines = new Mesh();
        lines.setMode(Mesh.Mode.Lines);
        lines.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0});
        lines.setBuffer(VertexBuffer.Type.Index, 2, new short[] {0, 1, 1, 2, 2}); // last index incomplete
        root.attachChild(new Geometry("lines", lines));
        Mesh strip = new Mesh();
        strip.setMode(Mesh.Mode.TriangleStrip);
        strip.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 2, 0});
        root.attachChild(new Geometry("strip", strip));
        Mesh soup = new Mesh();
        soup.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 1, 1, 0, 1, 0, 1, 1, 5, 5, 5});
        root.attachChild(new Geometry("soup", soup)); // 4 vertices, non-indexed: one triangle
        Path file = dir.resolve("modes.gltf");
        GltfSceneExporter.Result r = GltfSceneExporter.export(root, file);
        assertEquals(4, r.meshes());
        assertEquals(3 + 1, r.triangles());
        Node back = (Node) new SceneLoader().load(file).root();
        assertEquals(
                Mesh.Mode.Points, ((Geometry) back.getChild("points")).getMesh().getMode());
        assertEquals(
                Mesh.Mode.Lines, ((Geometry) back.getChild("lines")).getMesh().getMode());
        assertEquals(
                4,
                ((Geometry) back.getChild("lines")).getMesh().getIndexBuffer().size());
        assertEquals(
                Mesh.Mode.TriangleStrip,
                ((Geometry) back.getChild("strip")).getMesh().getMode());
        TriangleSoup t = SceneFlattener.flatten(back, "modes");
        assertEquals(4, t.triangleCount());
    }

    @Test
    void unexportableMeshesBecomeEmptyNodesWithWarnings() throws Exception {
        Node root = new Node("odd");
        root.attachChild(new Geometry("empty", new Mesh()));
        Mesh patch = IoScenes.cube(false, false, false);
        patch.setMode(Mesh.Mode.Patch);
        root.attachChild(new Geometry("patch", patch));
        Mesh badNormals = IoScenes.cube(true, true, false);
        badNormals.getFloatBuffer(VertexBuffer.Type.Normal).put(5, Float.NaN);
        root.attachChild(new Geometry("bad_normals", badNormals));
        GltfSceneExporter.Result r = GltfSceneExporter.export(root, dir.resolve("odd.glb"));
        assertEquals(1, r.meshes());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(
                r.warnings().get(0).startsWith("odd.glb: geometry 'odd/empty': "),
                r.warnings().get(0));
        Node back = (Node) new SceneLoader().load(dir.resolve("odd.glb")).root();
        assertEquals(3, back.getQuantity());
        assertNull(((Geometry) back.getChild("bad_normals")).getMesh().getBuffer(VertexBuffer.Type.Normal));
        assertNotNull(((Geometry) back.getChild("bad_normals")).getMesh().getBuffer(VertexBuffer.Type.TexCoord));
    }

    @Test
    void whatGltfCannotHoldIsAnErrorAndTheTargetIsKept() throws Exception {
        Path file = dir.resolve("bad.glb");
        GltfSceneExporter.export(IoScenes.labelledChair(), file);
        byte[] good = Files.readAllBytes(file);

        Mesh nan = IoScenes.cube(false, false, false);
        nan.getFloatBuffer(VertexBuffer.Type.Position).put(7, Float.POSITIVE_INFINITY);
        Node r1 = new Node("r");
        r1.attachChild(new Geometry("leg", nan));
        SceneWriteException e = assertThrows(SceneWriteException.class, () -> GltfSceneExporter.export(r1, file));
        assertEquals("bad.glb: geometry 'r/leg' has a non-finite vertex position (vertex 2)", e.getMessage());

        Mesh oor = IoScenes.cube(false, false, false);
        oor.getShortBuffer(VertexBuffer.Type.Index).put(4, (short) 99);
        Node r2 = new Node("r");
        r2.attachChild(new Geometry("seat", oor));
        e = assertThrows(SceneWriteException.class, () -> GltfSceneExporter.export(r2, file));
        assertEquals("bad.glb: geometry 'r/seat' has index 99 out of range (vertex count 24)", e.getMessage());

        Node r3 = new Node("r");
        Geometry g = new Geometry("g", IoScenes.cube(false, false, false));
        g.setLocalTranslation(Float.NaN, 0, 0);
        r3.attachChild(g);
        e = assertThrows(SceneWriteException.class, () -> GltfSceneExporter.export(r3, file));
        assertTrue(e.getMessage().startsWith("bad.glb: node 'r/g' has a non-finite transform"), e.getMessage());

        e = assertThrows(SceneWriteException.class, () -> GltfSceneExporter.export(r3, dir.resolve("x.fbx")));
        assertEquals("x.fbx: unsupported glTF file extension (use .glb or .gltf)", e.getMessage());

        assertArrayEquals(good, Files.readAllBytes(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".tmp")));
    }

    @Test
    void singleGeometryAndTransformedRootAreWrittenAsNodes() throws Exception {
        Geometry only = IoScenes.labelled("lonely", IoScenes.cube(true, false, false), "lonely", 4);
        Path file = dir.resolve("one.glb");
        assertEquals(1, GltfSceneExporter.export(only, file).nodes());
        Spatial back = new SceneLoader().load(file).root();
        assertEquals(Integer.valueOf(4), ((Node) back).getChild("lonely").getUserData(PartUserData.PART_ID));

        Node moved = IoScenes.labelledChair();
        moved.setLocalTranslation(0, 10, 0);
        assertEquals(8, GltfSceneExporter.export(moved, file).nodes());
        TriangleSoup soup = SceneFlattener.flatten(new SceneLoader().load(file));
        assertEquals(10f, soup.bounds()[1], 1e-5f); // the grid at y = 0 moved up by the root's translation
        assertArrayEquals(SceneFlattener.flatten(moved, "moved").bounds(), soup.bounds(), 1e-5f);
    }
}
