package org.iseg3d.bridge.writeback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.anim.Armature;
import com.jme3.anim.Joint;
import com.jme3.anim.SkinningControl;
import com.jme3.math.Quaternion;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.VertexBuffer.Format;
import com.jme3.scene.VertexBuffer.Type;
import com.jme3.scene.VertexBuffer.Usage;
import com.jme3.scene.mesh.MorphTarget;
import com.jme3.util.BufferUtils;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.MeshTriangles;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.junit.jupiter.api.Test;

class SceneWriteBackTest {

    private static final Map<Integer, String> NAMES = Map.of(0, "seat", 1, "back");

    /** A 4×4-quad grid (25 vertices, 32 triangles) carrying every kind of vertex buffer, a morph target, skinning. */
    static Mesh fullMesh() {
        Mesh mesh = TestGeometry.grid(4, 4, 1f, 1f);
        int nv = 25;
        FloatBuffer tangent = BufferUtils.createFloatBuffer(4 * nv);
        FloatBuffer uv = BufferUtils.createFloatBuffer(2 * nv);
        FloatBuffer uv2 = BufferUtils.createFloatBuffer(2 * nv);
        FloatBuffer color = BufferUtils.createFloatBuffer(4 * nv);
        ByteBuffer boneIndex = BufferUtils.createByteBuffer(4 * nv);
        FloatBuffer boneWeight = BufferUtils.createFloatBuffer(4 * nv);
        ByteBuffer half = BufferUtils.createByteBuffer(2 * 2 * nv); // Half, 2 components
        FloatBuffer morph = BufferUtils.createFloatBuffer(3 * nv);
        for (int v = 0; v < nv; v++) {
            tangent.put(1).put(0).put(0).put(v % 2 == 0 ? 1 : -1);
            uv.put(v * 0.01f).put(1 - v * 0.02f);
            uv2.put(v * 0.5f).put(v * 0.25f);
            color.put(v / 25f).put(1 - v / 25f).put(0.5f).put(1);
            boneIndex.put((byte) 0).put((byte) (v % 3)).put((byte) 0).put((byte) 0);
            boneWeight.put(0.75f).put(0.25f).put(0).put(0);
            half.put((byte) v).put((byte) (v + 1)).put((byte) (2 * v)).put((byte) (3 * v));
            morph.put(0).put(v * 0.001f).put(0);
        }
        for (var b : List.of(tangent, uv, uv2, color, boneIndex, boneWeight, half, morph)) {
            b.flip();
        }
        mesh.setBuffer(Type.Tangent, 4, tangent);
        mesh.setBuffer(Type.TexCoord, 2, uv);
        mesh.setBuffer(Type.TexCoord2, 2, uv2);
        mesh.setBuffer(Type.Color, 4, color);
        mesh.setBuffer(Type.BoneIndex, 4, boneIndex);
        mesh.setBuffer(Type.BoneWeight, 4, boneWeight);
        VertexBuffer halfVb = new VertexBuffer(Type.TexCoord3);
        halfVb.setupData(Usage.Static, 2, Format.Half, half);
        mesh.setBuffer(halfVb);
        VertexBuffer hwIndex = new VertexBuffer(Type.HWBoneIndex);
        hwIndex.setUsage(Usage.CpuOnly);
        VertexBuffer hwWeight = new VertexBuffer(Type.HWBoneWeight);
        hwWeight.setUsage(Usage.CpuOnly);
        mesh.setBuffer(hwIndex);
        mesh.setBuffer(hwWeight);
        mesh.getBuffer(Type.Color).setNormalized(true);
        mesh.setMaxNumWeights(2);
        mesh.generateBindPose(); // BindPosePosition / BindPoseNormal / BindPoseTangent
        MorphTarget mt = new MorphTarget("lift");
        mt.setBuffer(Type.Position, morph);
        mesh.addMorphTarget(mt);
        return mesh;
    }

    record Scene(Node root, Node skinned, Geometry body, Geometry box, SkinningControl skinning) {}

    static Scene scene() {
        Node root = new Node("root");
        Node skinned = new Node("skinned");
        skinned.setLocalTranslation(0, 1, 0);
        Geometry body = new Geometry("body", fullMesh());
        body.setMaterial(TestGeometry.material());
        body.setLocalRotation(new Quaternion().fromAngles(0.1f, 0.2f, 0.3f));
        body.setUserData("custom", "kept");
        skinned.attachChild(body);
        root.attachChild(skinned);
        Geometry box = TestGeometry.box("box", 3, 0, 0, 0.5f, 0.5f, 0.5f);
        root.attachChild(box);
        root.attachChild(TestGeometry.box("other", -3, 0, 0, 0.5f, 0.5f, 0.5f));
        Armature armature = new Armature(new Joint[] {new Joint("j0"), new Joint("j1"), new Joint("j2")});
        SkinningControl skinning = new SkinningControl(armature);
        skinned.addControl(skinning);
        root.updateGeometricState();
        return new Scene(root, skinned, body, box, skinning);
    }

    /** body: triangles 0-9 seat, 10-19 back, rest none; box: all back; other: none. */
    static int[] labels(TriangleSoup soup) {
        int[] labels = new int[soup.triangleCount()];
        for (int t = 0; t < labels.length; t++) {
            String g = soup.geometries().get(soup.geometryOfTriangle()[t]).name();
            int k = soup.sourceTriangleIndex()[t];
            labels[t] = switch (g) {
                case "body" -> k < 10 ? 0 : k < 20 ? 1 : -1;
                case "box" -> 1;
                default -> -1;
            };
        }
        return labels;
    }

    static List<Mesh> meshes(TriangleSoup soup) {
        return soup.geometries().stream().map(g -> g.geometry().getMesh()).toList();
    }

    @Test
    void splitKeepsEveryVertexAttributeTriangleCountsAndUserData() throws Exception {
        Scene s = scene();
        TriangleSoup soup = SceneFlattener.flatten(s.root(), "test");
        Mesh original = s.body().getMesh();
        int[] corners = MeshTriangles.indices(original);
        String before = TestGeometry.fingerprint(s.root());
        PreparedWriteBack wb = SceneWriteBack.prepare(soup, meshes(soup), labels(soup), NAMES, () -> false);
        assertEquals(before, TestGeometry.fingerprint(s.root()), "prepare changes nothing");
        wb.apply();
        s.root().updateGeometricState();

        // layout: under "skinned": body (the rest), Node seat{body-seat}, Node back{body-back}
        assertEquals(List.of("body", "seat", "back"), names(s.skinned()));
        assertSame(s.body(), s.skinned().getChild(0));
        assertEquals(List.of("skinned", "other", "back"), names(s.root()), "box fully assigned: detached");
        assertNull(s.box().getParent());
        Node seatNode = (Node) s.skinned().getChild("seat");
        Geometry seat = (Geometry) seatNode.getChild("body-seat");
        Geometry back = (Geometry) ((Node) s.skinned().getChild(2)).getChild("body-back");
        for (Spatial sp : List.of(seatNode, seat)) {
            assertEquals("seat", sp.getUserData(PartUserData.PART));
            assertEquals(Integer.valueOf(0), sp.getUserData(PartUserData.PART_ID));
        }
        assertEquals("back", back.getUserData(PartUserData.PART));
        assertEquals(Integer.valueOf(1), back.getUserData(PartUserData.PART_ID));
        assertEquals("kept", seat.getUserData("custom"));
        assertSame(s.body().getMaterial(), seat.getMaterial());
        assertEquals(s.body().getLocalTransform(), seat.getLocalTransform());
        assertEquals(s.body().getWorldTransform(), seat.getWorldTransform());
        // triangle counts: 10 + 10 + 12 = 32
        assertEquals(10, seat.getMesh().getTriangleCount());
        assertEquals(10, back.getMesh().getTriangleCount());
        assertEquals(12, s.body().getMesh().getTriangleCount());
        assertEquals(
                12,
                ((Geometry) ((Node) s.root().getChild(2)).getChild("box-back"))
                        .getMesh()
                        .getTriangleCount());

        // every attribute of every corner equals the original's
        checkSameCorners(original, corners, range(0, 10), seat.getMesh());
        checkSameCorners(original, corners, range(10, 20), back.getMesh());
        checkSameCorners(original, corners, range(20, 32), s.body().getMesh());

        // still skinned: animated buffers and weights kept, and the SkinningControl finds the pieces
        assertTrue(seat.getMesh().isAnimated());
        assertEquals(2, seat.getMesh().getMaxNumWeights());
        assertNull(seat.getMesh().getBuffer(Type.HWBoneIndex).getData(), "HW buffers stay lazily initialised");
        assertEquals(Usage.CpuOnly, seat.getMesh().getBuffer(Type.HWBoneIndex).getUsage());
        assertTrue(seat.getMesh().getBuffer(Type.Color).isNormalized());
        s.skinned().removeControl(s.skinning());
        s.skinned().addControl(s.skinning());
        List<Mesh> targets = Arrays.asList(s.skinning().getTargets());
        assertTrue(
                targets.contains(seat.getMesh())
                        && targets.contains(back.getMesh())
                        && targets.contains(s.body().getMesh()),
                "skinning targets " + targets.size());
        assertEquals(3, wb.pieces().stream().filter(p -> p.partId() >= 0).count());
    }

    @Test
    void revertRestoresTheSceneExactlyAndApplyCanBeRepeated() throws Exception {
        Scene s = scene();
        TriangleSoup soup = SceneFlattener.flatten(s.root(), "test");
        String before = TestGeometry.fingerprint(s.root());
        Mesh originalMesh = s.body().getMesh();
        PreparedWriteBack wb = SceneWriteBack.prepare(soup, meshes(soup), labels(soup), NAMES, () -> false);
        wb.apply();
        String after = TestGeometry.fingerprint(s.root());
        assertNotEquals(before, after);
        wb.revert();
        assertEquals(before, TestGeometry.fingerprint(s.root()));
        assertSame(originalMesh, s.body().getMesh());
        assertSame(s.root(), s.box().getParent());
        assertEquals(1, s.root().getChildIndex(s.box()));
        wb.apply();
        assertEquals(after, TestGeometry.fingerprint(s.root()));
        assertThrows(IllegalStateException.class, wb::apply);
        wb.revert();
        assertEquals(before, TestGeometry.fingerprint(s.root()));
        assertThrows(IllegalStateException.class, wb::revert);
    }

    @Test
    void preparingFromTheOriginalMeshesWorksWhileAnotherWriteBackIsApplied() throws Exception {
        Scene s = scene();
        TriangleSoup soup = SceneFlattener.flatten(s.root(), "test");
        List<Mesh> originals = meshes(soup);
        String before = TestGeometry.fingerprint(s.root());
        PreparedWriteBack first = SceneWriteBack.prepare(soup, originals, labels(soup), NAMES, () -> false);
        first.apply();
        int[] all = new int[soup.triangleCount()]; // everything part 0
        PreparedWriteBack second = SceneWriteBack.prepare(soup, originals, all, NAMES, () -> false);
        first.revert();
        second.apply();
        assertEquals(
                32,
                ((Geometry) ((Node) s.skinned().getChild("seat")).getChild("body-seat"))
                        .getMesh()
                        .getTriangleCount());
        second.revert();
        assertEquals(before, TestGeometry.fingerprint(s.root()));
    }

    @Test
    void stripsBecomeTriangleListsWithTheSameCornersAndWinding() throws Exception {
        Mesh strip = new Mesh();
        strip.setMode(Mesh.Mode.TriangleStrip);
        strip.setBuffer(Type.Position, 3, new float[] {0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 2, 0, 0, 2, 1, 0});
        strip.setBuffer(Type.TexCoord, 2, new float[] {0, 0, 0, 1, 1, 0, 1, 1, 2, 0, 2, 1});
        strip.updateBound();
        strip.updateCounts();
        Node root = new Node("root");
        Geometry g = new Geometry("strip", strip);
        g.setMaterial(TestGeometry.material());
        root.attachChild(g);
        TriangleSoup soup = SceneFlattener.flatten(root, "strip");
        assertEquals(4, soup.triangleCount());
        int[] labels = {0, 1, 0, 1};
        PreparedWriteBack wb = SceneWriteBack.prepare(soup, meshes(soup), labels, NAMES, () -> false);
        wb.apply();
        Geometry seat = (Geometry) ((Node) root.getChild("seat")).getChild("strip-seat");
        assertEquals(Mesh.Mode.Triangles, seat.getMesh().getMode());
        assertNull(g.getParent());
        // corners of the piece's triangles, in order, equal the soup's triangles 0 and 2 (same winding)
        FloatBuffer pos = seat.getMesh().getFloatBuffer(Type.Position);
        var ib = seat.getMesh().getIndexBuffer();
        int piece = 0;
        for (int t : new int[] {0, 2}) {
            for (int c = 0; c < 3; c++) {
                int v = ib.get(3 * piece + c);
                for (int a = 0; a < 3; a++) {
                    assertEquals(soup.positions()[9 * t + 3 * c + a], pos.get(3 * v + a));
                }
            }
            piece++;
        }
    }

    @Test
    void cancelledPreparationThrowsAndUnknownPartsAreRejected() throws Exception {
        Scene s = scene();
        TriangleSoup soup = SceneFlattener.flatten(s.root(), "test");
        assertThrows(
                CancellationException.class,
                () -> SceneWriteBack.prepare(soup, meshes(soup), labels(soup), NAMES, () -> true));
        int[] labels = labels(soup);
        labels[0] = 7;
        assertThrows(
                IllegalArgumentException.class,
                () -> SceneWriteBack.prepare(soup, meshes(soup), labels, NAMES, () -> false));
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static List<String> names(Node n) {
        List<String> out = new ArrayList<>();
        for (Spatial c : n.getChildren()) {
            out.add(c.getName());
        }
        return out;
    }

    /** Piece triangle j is original triangle tris[j]; every buffer agrees at every corner. */
    private static void checkSameCorners(Mesh original, int[] corners, int[] tris, Mesh piece) {
        int[] pc = MeshTriangles.indices(piece);
        assertEquals(3 * tris.length, pc.length);
        int checkedBuffers = 0;
        for (VertexBuffer vb : original.getBufferList()) {
            if (vb.getBufferType() == Type.Index) {
                continue;
            }
            VertexBuffer pb = piece.getBuffer(vb.getBufferType());
            assertNotNull(pb, "piece lacks " + vb.getBufferType());
            if (vb.getData() == null) {
                assertNull(pb.getData());
                continue;
            }
            assertEquals(vb.getFormat(), pb.getFormat());
            assertEquals(vb.getNumComponents(), pb.getNumComponents());
            for (int j = 0; j < tris.length; j++) {
                for (int c = 0; c < 3; c++) {
                    assertArrayEquals(
                            TestGeometry.element(vb, corners[3 * tris[j] + c]),
                            TestGeometry.element(pb, pc[3 * j + c]),
                            vb.getBufferType() + " at triangle " + tris[j]);
                }
            }
            checkedBuffers++;
        }
        assertTrue(checkedBuffers >= 12, "checked " + checkedBuffers + " buffers");
        FloatBuffer om = original.getMorphTarget(0).getBuffer(Type.Position);
        FloatBuffer pm = piece.getMorphTarget(0).getBuffer(Type.Position);
        assertEquals("lift", piece.getMorphTarget(0).getName());
        for (int j = 0; j < tris.length; j++) {
            for (int c = 0; c < 3; c++) {
                for (int a = 0; a < 3; a++) {
                    assertEquals(om.get(3 * corners[3 * tris[j] + c] + a), pm.get(3 * pc[3 * j + c] + a));
                }
            }
        }
    }
    /** Sorted world-space corners of every triangle of the scene, to compare geometry across layouts. */
    private static List<String> worldTriangles(Spatial root) throws Exception {
        root.updateGeometricState();
        TriangleSoup soup = SceneFlattener.flatten(root, "test");
        List<String> out = new ArrayList<>();
        for (int t = 0; t < soup.triangleCount(); t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 9; k++) {
                sb.append(Math.round(soup.positions()[9 * t + k] * 1e4f)).append(',');
            }
            out.add(sb.toString());
        }
        out.sort(null);
        return out;
    }

    @Test
    void aLabelledSceneIsRewrittenWhereItsLabelsChangedWithoutNestingAndUndoRestoresIt() throws Exception {
        // as saved by an earlier write-back, with transforms on the parent and on the part Node
        Node root = new Node("root");
        Node parent = new Node("P");
        parent.setLocalTranslation(1, 2, 3);
        root.attachChild(parent);
        Node seatNode = new Node("seat");
        seatNode.setLocalTranslation(0, 0.5f, 0);
        seatNode.setLocalRotation(new Quaternion().fromAngles(0, 0.4f, 0));
        seatNode.setUserData(PartUserData.PART, "seat");
        seatNode.setUserData(PartUserData.PART_ID, 0);
        parent.attachChild(seatNode);
        Geometry seat = new Geometry("body-seat", TestGeometry.grid(4, 4, 1f, 1f));
        seat.setMaterial(TestGeometry.material());
        seat.setUserData(PartUserData.PART, "seat");
        seat.setUserData(PartUserData.PART_ID, 0);
        seatNode.attachChild(seat);
        Geometry kept = TestGeometry.box("body-back", 3, 0, 0, 0.5f, 0.5f, 0.5f);
        kept.setUserData(PartUserData.PART, "back");
        kept.setUserData(PartUserData.PART_ID, 1);
        Node backNode = new Node("back");
        backNode.setUserData(PartUserData.PART, "back");
        backNode.setUserData(PartUserData.PART_ID, 1);
        backNode.attachChild(kept);
        parent.attachChild(backNode);
        root.updateGeometricState();
        TriangleSoup soup = SceneFlattener.flatten(root, "test");
        WriteBackScene scene = WriteBackScene.capture(root, soup);
        assertTrue(scene.labelled());
        List<String> geometry = worldTriangles(root);
        String before = TestGeometry.fingerprint(root);
        Mesh keptMesh = kept.getMesh();

        // the seat's first 10 triangles now belong to the back, the rest to no part; the back is unchanged
        int[] labels = new int[soup.triangleCount()];
        for (int t = 0; t < labels.length; t++) {
            String g = soup.geometries().get(soup.geometryOfTriangle()[t]).name();
            labels[t] = g.equals("body-back") || soup.sourceTriangleIndex()[t] < 10 ? 1 : -1;
        }
        PreparedWriteBack wb = SceneWriteBack.prepare(scene, labels, Map.of(1, "back"), () -> false);
        assertEquals(1, wb.affectedGeometries(), "the unchanged back is left alone");
        wb.apply();
        root.updateGeometricState();
        assertEquals(List.of("back", "body"), names(parent), "old seat Node emptied and detached; rest moved to P");
        assertNull(seatNode.getParent());
        assertSame(backNode, parent.getChild(0), "the back's part Node is reused, not duplicated");
        assertSame(keptMesh, kept.getMesh());
        assertEquals(List.of("body-back", "body-back"), names(backNode), "piece named from the base name");
        Geometry piece = (Geometry) backNode.getChild(1);
        assertEquals(10, piece.getMesh().getTriangleCount());
        assertEquals(Optional.of(new PartUserData.Label(1, "back")), PartUserData.of(piece));
        assertSame(seat, parent.getChild("body"), "the rest drops the old part's suffix");
        assertTrue(PartUserData.of(seat).isEmpty(), "the rest carries no label");
        assertEquals(22, seat.getMesh().getTriangleCount());
        assertEquals(geometry, worldTriangles(root), "every triangle stays where it was in the world");

        wb.revert();
        assertEquals(before, TestGeometry.fingerprint(root));
        wb.apply();
        wb.revert();
        assertEquals(before, TestGeometry.fingerprint(root));
    }
}
