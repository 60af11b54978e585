package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.LabelsJsonWriter;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Save → reopen → add a part → save → reopen on the fixture chair, in j3o and glb: the saved parts come back as
 * session parts with their names, ids and triangles, new ids stay unique, and nothing is merged, duplicated or lost.
 * The parts of each file are also counted as {@code iseg3d parts} does (labels of the re-loaded Geometries).
 */
class ReopenPartsTest {

    @TempDir
    Path dir;

    private static SessionConfig xyz() {
        return SessionConfig.embedding(new XyzEmbedder())
                .withPoints(2048)
                .withSeed(3L)
                .withPartOverlap(PartOverlap.EXCLUDE); // as the editor
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    /** A part as a file lists it: name and triangles per id. */
    record Listed(String name, int triangles) {}

    /** What {@code iseg3d parts} reports: labels of the re-loaded Geometries (loader API only). */
    static Map<Integer, Listed> listParts(Path model) throws Exception {
        TriangleSoup soup = SceneFlattener.flatten(new SceneLoader().load(model));
        Map<Integer, Listed> out = new TreeMap<>();
        for (SourceGeometry g : soup.geometries()) {
            PartUserData.of(g.geometry())
                    .ifPresent(l -> out.merge(l.id(), new Listed(l.name(), g.triangleCount()), (a, b) -> {
                        assertEquals(a.name(), b.name(), model + ": one name per id");
                        return new Listed(a.name(), a.triangles() + b.triangles());
                    }));
        }
        return out;
    }

    static Map<Integer, Listed> listed(SessionState s) {
        Map<Integer, Listed> out = new TreeMap<>();
        s.parts().forEach(p -> out.put(p.id(), new Listed(p.name(), p.triangleCount())));
        return out;
    }

    /** Saves as the CLI does: the model and its labels sidecar. */
    static void save(Spatial root, Path out) throws Exception {
        if (out.toString().endsWith(".j3o")) {
            SceneSaver.saveJ3o(root, out);
        } else {
            GltfSceneExporter.export(root, out);
        }
        LabelsJsonWriter.writeSidecar(root, out);
    }

    /** No part Node below another labelled spatial, no two sibling part Nodes for one id. */
    static void assertCleanLayout(Spatial root) {
        root.depthFirstTraversal(s -> {
            if (s instanceof Node n && n.getUserData(PartUserData.PART_ID) != null) {
                for (Node a = n.getParent(); a != null; a = a.getParent()) {
                    Object outer = a.getUserData(PartUserData.PART_ID);
                    assertTrue(outer == null, "part Node " + n.getName() + " nested in labelled " + a.getName());
                }
            }
            if (s instanceof Node n) {
                Set<Object> ids = new HashSet<>();
                for (Spatial c : n.getChildren()) {
                    Object id = c instanceof Node ? c.getUserData(PartUserData.PART_ID) : null;
                    assertTrue(id == null || ids.add(id), "two part Nodes for id " + id + " under " + n.getName());
                }
            }
        });
    }

    /** A world position on a ground-truth part of the fixture (the sample nearest the part's centroid). */
    static Vector3f on(SampledShape shape, String part) {
        int id = shape.partNames().indexOf(part);
        assertTrue(id >= 0, part + " in " + shape.partNames());
        Vector3f c = SegmentationSessionTest.centroidOf(shape, part);
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int i = 0; i < shape.size(); i++) {
            if (shape.partOfPoint()[i] == id) {
                float d = c.distanceSquared(new Vector3f(
                        shape.cloud().x(i), shape.cloud().y(i), shape.cloud().z(i)));
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return new Vector3f(
                shape.cloud().x(best), shape.cloud().y(best), shape.cloud().z(best));
    }

    @ParameterizedTest
    @ValueSource(strings = {"j3o", "glb"})
    void saveReopenAddAPartSaveReopenKeepsEveryPartDistinct(String format) throws Exception {
        Path chair = Fixtures.fixture("chair");
        int triangles = SceneFlattener.flatten(new SceneLoader().load(chair)).triangleCount();
        Path first = dir.resolve("first." + format);
        Path second = dir.resolve("second." + format);
        Vector3f seat, back, leg;
        Map<Integer, Listed> two;
        try (SegmentationSession s1 = new SegmentationSession(xyz())) {
            get(s1.open(chair));
            SampledShape shape = s1.scene().orElseThrow().shape();
            seat = on(shape, "seat");
            back = on(shape, "back");
            leg = on(shape, "leg_1");
            get(s1.click(seat, true));
            get(s1.acceptPart("seat"));
            get(s1.click(back, true));
            AcceptOutcome b = get(s1.acceptPart("back", null));
            assertTrue(b.taken().isEmpty(), "excluding: nothing taken from the seat");
            SessionState applied = get(s1.apply());
            two = listed(applied);
            assertEquals(2, two.size());
            save(s1.scene().orElseThrow().root(), first);
        }
        assertEquals(two, listParts(first), "the saved file lists the session's parts");

        Map<Integer, Listed> three;
        try (SegmentationSession s2 = new SegmentationSession(xyz())) {
            SessionState opened = get(s2.open(first));
            assertEquals(two, listed(opened), "reopened: the saved parts, names, ids and triangles");
            assertEquals(2, opened.nextPartId(), "the next part gets the largest id + 1");
            assertFalse(s2.canUndo());
            int labelledPoints = 0;
            for (int i = 0; i < opened.partOfPoint().length; i++) {
                labelledPoints += opened.partOfPoint()[i] >= 0 ? 1 : 0;
            }
            assertTrue(labelledPoints > 0, "the points on saved parts belong to them");
            get(s2.click(leg, true));
            AcceptOutcome o = get(s2.acceptPart("leg", null));
            assertEquals(2, o.part().id());
            assertTrue(o.taken().isEmpty());
            SessionState applied = get(s2.apply());
            three = listed(applied);
            assertEquals(3, three.size());
            assertEquals(two.get(0), three.get(0), "the seat is unchanged");
            assertEquals(two.get(1), three.get(1), "the back is unchanged");
            Spatial root = s2.scene().orElseThrow().root();
            assertCleanLayout(root);
            save(root, second);
        }
        assertEquals(three, listParts(second), "three distinct parts with the session's triangles");
        assertEquals(
                triangles,
                SceneFlattener.flatten(new SceneLoader().load(second)).triangleCount(),
                "every triangle kept exactly once");
        JsonObject sidecar = JsonParser.parseString(Files.readString(Path.of(second + ".labels.json")))
                .getAsJsonObject();
        assertEquals(
                3,
                sidecar.getAsJsonArray("parts").size(),
                sidecar.getAsJsonArray("parts").toString());

        try (SegmentationSession s3 = new SegmentationSession(xyz())) {
            SessionState opened = get(s3.open(second));
            assertEquals(three, listed(opened));
            assertEquals(3, opened.nextPartId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"j3o", "glb"})
    void renameDeleteAndMergeOfSavedPartsAreWrittenAndUndone(String format) throws Exception {
        Path chair = Fixtures.fixture("chair");
        Path first = dir.resolve("first." + format);
        Path second = dir.resolve("second." + format);
        try (SegmentationSession s1 = new SegmentationSession(xyz())) {
            get(s1.open(chair));
            SampledShape shape = s1.scene().orElseThrow().shape();
            for (String part : List.of("seat", "back", "leg_1")) {
                get(s1.click(on(shape, part), true));
                get(s1.acceptPart(part));
            }
            get(s1.apply());
            save(s1.scene().orElseThrow().root(), first);
        }
        Map<Integer, Listed> saved = listParts(first);
        try (SegmentationSession s2 = new SegmentationSession(xyz())) {
            get(s2.open(first));
            Spatial root = s2.scene().orElseThrow().root();
            String before = org.iseg3d.bridge.testutil.TestGeometry.fingerprint(root);
            get(s2.renamePart(1, "backrest"));
            get(s2.deletePart(0));
            get(s2.apply());
            assertCleanLayout(root);
            List<String> labelledNodes = new ArrayList<>();
            root.depthFirstTraversal(s -> {
                if (s instanceof Node && s.getUserData(PartUserData.PART) != null) {
                    labelledNodes.add(s.getUserData(PartUserData.PART));
                }
            });
            assertFalse(labelledNodes.contains("seat"), "deleted part's Nodes are gone: " + labelledNodes);
            assertFalse(labelledNodes.contains("back"), "renamed part's old Nodes are gone: " + labelledNodes);
            save(root, second);
            get(s2.undo());
            assertEquals(
                    before,
                    org.iseg3d.bridge.testutil.TestGeometry.fingerprint(root),
                    "undo of apply restores the opened scene exactly");
            get(s2.redo());
            assertCleanLayout(root);
        }
        Map<Integer, Listed> after = listParts(second);
        assertEquals(Map.of(1, new Listed("backrest", saved.get(1).triangles()), 2, saved.get(2)), after);
        try (SegmentationSession s3 = new SegmentationSession(xyz())) {
            SessionState opened = get(s3.open(second));
            assertEquals(after, listed(opened));
            assertEquals(3, opened.nextPartId());
            SessionState merged = get(s3.mergeParts(1, 2));
            assertNotNull(merged.part(1));
            get(s3.apply());
            assertCleanLayout(s3.scene().orElseThrow().root());
            Path third = dir.resolve("third." + format);
            save(s3.scene().orElseThrow().root(), third);
            assertEquals(
                    Map.of(
                            1,
                            new Listed(
                                    "backrest",
                                    saved.get(1).triangles() + saved.get(2).triangles())),
                    listParts(third));
        }
    }

    @org.junit.jupiter.api.Test
    void deletingEverySavedPartAndApplyingRemovesTheLabels() throws Exception {
        Path chair = Fixtures.fixture("chair");
        int triangles = SceneFlattener.flatten(new SceneLoader().load(chair)).triangleCount();
        Path first = dir.resolve("first.j3o");
        Path second = dir.resolve("second.j3o");
        try (SegmentationSession s1 = new SegmentationSession(xyz())) {
            get(s1.open(chair));
            get(s1.click(on(s1.scene().orElseThrow().shape(), "seat"), true));
            get(s1.acceptPart("seat"));
            get(s1.apply());
            save(s1.scene().orElseThrow().root(), first);
        }
        try (SegmentationSession s2 = new SegmentationSession(xyz())) {
            get(s2.open(first));
            get(s2.deletePart(0));
            SessionState applied = get(s2.apply());
            assertTrue(applied.parts().isEmpty());
            Spatial root = s2.scene().orElseThrow().root();
            assertFalse(PartUserData.isLabelled(root), "no label left in the scene");
            save(root, second);
        }
        assertTrue(listParts(second).isEmpty());
        assertEquals(
                triangles,
                SceneFlattener.flatten(new SceneLoader().load(second)).triangleCount());
    }
}
