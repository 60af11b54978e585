package org.iseg3d.bridge.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format loads from a real file, with part names, triangle counts and world-space bounds. */
class SceneLoaderFormatsTest {

    @TempDir
    Path dir;

    private final SceneLoader loader = new SceneLoader();

    private static void assertBounds(float[] expected, TriangleSoup soup) {
        assertArrayEquals(expected, soup.bounds(), 1e-5f, "world-space bounds");
    }

    private static List<String> parts(TriangleSoup soup) {
        return PartLabels.defaults(soup).partNames();
    }

    @Test
    void objWithTwoGroupsAndMtl() throws Exception {
        TestModels.write(dir.resolve("thing.mtl"), "newmtl red\nKd 1 0 0\nnewmtl blue\nKd 0 0 1\n");
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups("thing.mtl"));
        LoadedScene scene = loader.load(obj);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(3, soup.triangleCount());
        assertEquals(List.of("part_a", "part_b"), parts(soup));
        assertEquals(1.5, soup.totalArea(), 1e-9);
        assertBounds(new float[] {0, 0, 0, 1, 1, 1}, soup);
        assertTrue(scene.warnings().isEmpty(), scene.warnings().toString());
    }

    @Test
    void objWithoutItsMtlStillLoadsGeometry() throws Exception {
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups("thing.mtl"));
        LoadedScene scene = loader.load(obj);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(3, soup.triangleCount());
        assertEquals(List.of("part_a", "part_b"), parts(soup));
        assertTrue(
                scene.warnings().stream().anyMatch(w -> w.contains("thing.mtl")),
                scene.warnings().toString());
    }

    @Test
    void objWhoseMtlTextureIsMissingStillLoads() throws Exception {
        TestModels.write(dir.resolve("thing.mtl"), "newmtl red\nKd 1 0 0\nmap_Kd wood.png\nnewmtl blue\nKd 0 0 1\n");
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups("thing.mtl"));
        LoadedScene scene = loader.load(obj);
        assertEquals(3, SceneFlattener.flatten(scene).triangleCount());
        assertTrue(
                scene.warnings().stream().anyMatch(w -> w.contains("wood.png")),
                scene.warnings().toString());
    }

    @Test
    void objWithMultiMaterialGroupIsOnePart() throws Exception {
        TestModels.write(dir.resolve("box.mtl"), "newmtl a\nKd 1 0 0\nnewmtl b\nKd 0 0 1\n");
        String text =
                "mtllib box.mtl\nv 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\ng lid\nusemtl a\nf 1 2 3\nusemtl b\nf 1 3 4\n"
                        + "g body\nf 1 2 4\n";
        LoadedScene scene = loader.load(TestModels.write(dir.resolve("box.obj"), text));
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(3, soup.geometries().size());
        assertEquals(List.of("lid", "body"), parts(soup));
    }

    @Test
    void ogreMeshXmlWithoutMaterialLoadsNamedSubmeshes() throws Exception {
        Path mesh = TestModels.write(dir.resolve("plate.mesh.xml"), TestModels.ogreTwoSubmeshes());
        LoadedScene scene = loader.load(mesh);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(ModelFormat.OGRE_MESH_XML, scene.format());
        assertEquals(2, soup.triangleCount());
        assertEquals(List.of("top", "bottom"), parts(soup));
        assertEquals(4.0, soup.totalArea(), 1e-9);
        assertBounds(new float[] {0, 0, 0, 2, 2, 0}, soup);
        assertTrue(
                scene.warnings().stream().anyMatch(w -> w.contains("plate.material")),
                scene.warnings().toString());
    }

    private static TestModels.Gltf chairGltf(String texture) {
        return new TestModels.Gltf()
                .node("leg_1", "legMesh", TestModels.SQUARE, TestModels.SQUARE_IDX, new float[] {5, 0, 0}, null, 1)
                .node("seat", "seatMesh", TestModels.SQUARE, TestModels.SQUARE_IDX, null, new float[] {2, 3, 1}, 2)
                .node("back", null, TestModels.SQUARE, TestModels.SQUARE_IDX, new float[] {0, 0, -1}, null, 1)
                .texture(texture);
    }

    private void assertChair(LoadedScene scene) throws ModelLoadException {
        TriangleSoup soup = SceneFlattener.flatten(scene);
        // leg: 2 triangles; seat: 2 primitives x 2 triangles; back: 2 triangles
        assertEquals(8, soup.triangleCount());
        assertEquals(List.of("leg_1", "seat", "back"), parts(soup));
        // what jME 3.6's glTF loader itself calls the Geometries: mesh name, <mesh>_<primitive>, else node name
        assertEquals(
                List.of("legMesh", "seatMesh_0", "seatMesh_1", "back"),
                soup.geometries().stream().map(SourceGeometry::name).toList());
        assertBounds(new float[] {0, 0, -1, 6, 3, 0}, soup);
        // the translated leg really is at x in [5,6]; the scaled seat has area 2 primitives x 6
        assertEquals(1 + 12 + 1, soup.totalArea(), 1e-6);
    }

    @Test
    void gltfPartNamesAreNodeNamesAndTransformsApply() throws Exception {
        Path gltf = chairGltf(null).writeGltf(dir.resolve("chair.gltf"));
        LoadedScene scene = loader.load(gltf);
        assertChair(scene);
        assertTrue(scene.warnings().isEmpty(), scene.warnings().toString());
    }

    @Test
    void gltfWithMissingTextureStillLoadsGeometry() throws Exception {
        Path gltf = chairGltf("textures/wood.png").writeGltf(dir.resolve("chair.gltf"));
        LoadedScene scene = loader.load(gltf);
        assertChair(scene);
        assertTrue(
                scene.warnings().stream().anyMatch(w -> w.contains("chair.gltf") && w.contains("wood.png")),
                scene.warnings().toString());
    }

    @Test
    void glbLoadsWithNodeNamesAndMissingTexture() throws Exception {
        Path glb = chairGltf("wood.png").writeGlb(dir.resolve("chair.glb"));
        LoadedScene scene = loader.load(glb);
        assertEquals(ModelFormat.GLB, scene.format());
        assertChair(scene);
        assertTrue(
                scene.warnings().stream().anyMatch(w -> w.contains("wood.png")),
                scene.warnings().toString());
    }

    @Test
    void loadingTwiceRereadsAChangedFile() throws Exception {
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups(null));
        assertEquals(3, SceneFlattener.flatten(loader.load(obj)).triangleCount());
        TestModels.write(obj, "v 0 0 0\nv 1 0 0\nv 0 1 0\ng only\nf 1 2 3\n");
        TriangleSoup soup = SceneFlattener.flatten(loader.load(obj));
        assertEquals(1, soup.triangleCount());
        assertEquals(List.of("only"), parts(soup));
    }

    static Geometry geometry(String name, float[] positions, int[] indices) {
        Mesh mesh = new Mesh();
        mesh.setBuffer(VertexBuffer.Type.Position, 3, positions);
        mesh.setBuffer(VertexBuffer.Type.Index, 3, indices);
        mesh.updateCounts();
        mesh.updateBound();
        return new Geometry(name, mesh);
    }

    /** chair (scaled x2) / leg_1 (translated) / leg_1_0 geometry, plus seat geometry directly under chair. */
    static Node j3oChair() {
        Node root = new Node("root");
        Node chair = new Node("chair");
        chair.setLocalScale(2f);
        root.attachChild(chair);
        Node leg = new Node("leg_1");
        leg.setLocalTranslation(new Vector3f(10, 0, 0));
        leg.attachChild(geometry("leg_1_0", TestModels.SQUARE, TestModels.SQUARE_IDX));
        chair.attachChild(leg);
        chair.attachChild(geometry("seat", TestModels.boxPositions(0, 0, 0, 1, 1, 1), TestModels.BOX_IDX));
        return root;
    }

    @Test
    void j3oLoadsWithNodeNamedPartsAndWorldTransforms() throws Exception {
        Path j3o = TestModels.saveJ3o(dir.resolve("chair.j3o"), j3oChair());
        LoadedScene scene = loader.load(j3o);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(2 + 12, soup.triangleCount());
        assertEquals(List.of("leg_1", "seat"), parts(soup));
        assertEquals("root/chair/leg_1/leg_1_0", soup.geometries().get(0).path());
        // leg at chair-space x in [10,11] scaled by 2 -> [20,22]; seat box [0,2]^3
        assertBounds(new float[] {0, 0, 0, 22, 2, 2}, soup);
        assertEquals(4 + 6 * 4, soup.totalArea(), 1e-4);
    }
}
