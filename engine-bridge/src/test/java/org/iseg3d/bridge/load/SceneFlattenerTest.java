package org.iseg3d.bridge.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mesh modes, index formats and transforms of the flattener, in memory and through a j3o round trip. */
class SceneFlattenerTest {

    @TempDir
    Path dir;

    /** 4 vertices of the unit square in strip order: (0,0) (1,0) (0,1) (1,1). */
    private static final float[] STRIP = {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0};
    /** Fan around the centre of a hexagon-ish shape: centre + 4 rim vertices = 3 triangles. */
    private static final float[] FAN = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, -1, 1, 0};

    private static Geometry nonIndexed(String name, float[] pos, Mesh.Mode mode) {
        Mesh m = new Mesh();
        m.setMode(mode);
        m.setBuffer(VertexBuffer.Type.Position, 3, pos);
        m.updateCounts();
        return new Geometry(name, m);
    }

    private static float[] normalOf(TriangleSoup s, int t) {
        float[] p = s.positions();
        int o = 9 * t;
        float ux = p[o + 3] - p[o], uy = p[o + 4] - p[o + 1], uz = p[o + 5] - p[o + 2];
        float vx = p[o + 6] - p[o], vy = p[o + 7] - p[o + 1], vz = p[o + 8] - p[o + 2];
        return new float[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }

    private Node modesScene() {
        Node root = new Node("root");
        root.attachChild(nonIndexed("strip", STRIP, Mesh.Mode.TriangleStrip));
        root.attachChild(nonIndexed("fan", FAN, Mesh.Mode.TriangleFan));
        root.attachChild(nonIndexed("dots", STRIP, Mesh.Mode.Points));
        root.attachChild(nonIndexed("lines", STRIP, Mesh.Mode.Lines));

        Mesh bytes = new Mesh();
        bytes.setBuffer(VertexBuffer.Type.Position, 3, TestModels.SQUARE);
        ByteBuffer bb = BufferUtils.createByteBuffer(new byte[] {0, 1, 2, 0, 2, 3});
        bytes.setBuffer(VertexBuffer.Type.Index, 3, VertexBuffer.Format.UnsignedByte, bb);
        bytes.updateCounts();
        Geometry byteGeom = new Geometry("bytes", bytes);
        byteGeom.setLocalTranslation(0, 0, 5);
        root.attachChild(byteGeom);

        Mesh shorts = new Mesh();
        shorts.setBuffer(VertexBuffer.Type.Position, 3, TestModels.SQUARE);
        shorts.setBuffer(VertexBuffer.Type.Index, 3, new short[] {0, 1, 2, 0, 2, 3});
        shorts.updateCounts();
        Geometry shortGeom = new Geometry("shorts", shorts);
        shortGeom.setLocalRotation(new Quaternion().fromAngleAxis(FastMath.HALF_PI, Vector3f.UNIT_X));
        shortGeom.setLocalTranslation(0, 0, -3);
        root.attachChild(shortGeom);

        Mesh indexedStrip = new Mesh();
        indexedStrip.setMode(Mesh.Mode.TriangleStrip);
        indexedStrip.setBuffer(VertexBuffer.Type.Position, 3, STRIP);
        indexedStrip.setBuffer(VertexBuffer.Type.Index, 1, new int[] {0, 1, 2, 3});
        indexedStrip.updateCounts();
        root.attachChild(new Geometry("indexedStrip", indexedStrip));
        return root;
    }

    private static void assertModes(TriangleSoup soup) {
        assertEquals(
                List.of("strip", "fan", "bytes", "shorts", "indexedStrip"),
                soup.geometries().stream().map(SourceGeometry::name).toList());
        assertEquals(2 + 3 + 2 + 2 + 2, soup.triangleCount());
        // strips and fans keep a consistent winding: every triangle of this planar strip/fan faces +z
        for (int t : new int[] {0, 1, 2, 3, 4, 9, 10}) {
            assertTrue(normalOf(soup, t)[2] > 0, "triangle " + t + " flipped");
        }
        assertArrayEquals(new int[] {0, 1, 0, 1, 2, 0, 1, 0, 1, 0, 1}, soup.sourceTriangleIndex());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4}, soup.geometryOfTriangle());
        assertEquals(1 + 1.5 + 1 + 1 + 1, soup.totalArea(), 1e-6);
        // "bytes" is translated to z=5, "shorts" rotated into the XZ plane at z in [-3,-2]
        float[] p = soup.positions();
        for (int t = 5; t < 7; t++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(5f, p[9 * t + 3 * c + 2], 1e-6);
            }
        }
        for (int t = 7; t < 9; t++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(0f, p[9 * t + 3 * c + 1], 1e-6);
                float z = p[9 * t + 3 * c + 2];
                assertTrue(z >= -3.0001f && z <= -1.9999f, "z " + z);
            }
        }
    }

    @Test
    void modesAndIndexFormatsInMemory() throws Exception {
        assertModes(SceneFlattener.flatten(modesScene(), "mem"));
    }

    @Test
    void modesAndIndexFormatsThroughJ3o() throws Exception {
        Path j3o = TestModels.saveJ3o(dir.resolve("modes.j3o"), modesScene());
        assertModes(SceneFlattener.flatten(new SceneLoader().load(j3o)));
    }

    @Test
    void zeroAreaAndDuplicateTrianglesAreCarried() throws Exception {
        Node root = new Node("root");
        float[] pos = {0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0, 0};
        root.attachChild(SceneLoaderFormatsTest.geometry("g", pos, new int[] {0, 1, 2, 0, 1, 3, 0, 1, 2}));
        TriangleSoup soup = SceneFlattener.flatten(root, "mem");
        assertEquals(3, soup.triangleCount());
        assertEquals(0.0, soup.areas()[1]);
        assertEquals(1.0, soup.totalArea(), 1e-9);
    }

    @Test
    void onlyPointsIsAnError() {
        Node root = new Node("root");
        root.attachChild(nonIndexed("dots", STRIP, Mesh.Mode.Points));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> SceneFlattener.flatten(root, "dots.j3o"));
        assertTrue(e.getMessage().startsWith("dots.j3o: no triangles with area"), e.getMessage());
    }

    @Test
    void culledSubtreesAreSkipped() throws Exception {
        Node root = new Node("root");
        root.attachChild(SceneLoaderFormatsTest.geometry("shown", TestModels.SQUARE, TestModels.SQUARE_IDX));
        Geometry hidden = SceneLoaderFormatsTest.geometry("hidden", TestModels.SQUARE, TestModels.SQUARE_IDX);
        hidden.setCullHint(com.jme3.scene.Spatial.CullHint.Always);
        root.attachChild(hidden);
        assertEquals(
                List.of("shown"),
                SceneFlattener.flatten(root, "mem").geometries().stream()
                        .map(SourceGeometry::name)
                        .toList());
    }

    @Test
    void duplicatePartNamesAreDisambiguated() throws Exception {
        Node root = new Node("root");
        for (int i = 0; i < 2; i++) {
            Node leg = new Node("leg");
            leg.attachChild(SceneLoaderFormatsTest.geometry("leg-mesh", TestModels.SQUARE, TestModels.SQUARE_IDX));
            root.attachChild(leg);
        }
        TriangleSoup soup = SceneFlattener.flatten(root, "mem");
        assertEquals(List.of("leg", "leg#2"), PartLabels.defaults(soup).partNames());
        assertEquals("root/leg#1/leg-mesh", soup.geometries().get(1).path());
    }
}
