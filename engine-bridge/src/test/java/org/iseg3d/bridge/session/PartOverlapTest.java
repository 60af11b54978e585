package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

/** New selections and accepted parts: excluded (the editor's rule) or taken over, always reported and undoable. */
class PartOverlapTest {

    private static SessionConfig xyz() {
        return SessionConfig.embedding(new XyzEmbedder()).withPoints(2048).withSeed(3L);
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static int selectedOf(SessionState s, int part) {
        int n = 0;
        for (int t = 0; t < s.triangleMask().length; t++) {
            n += s.triangleMask()[t] && s.partOfTriangle()[t] == part ? 1 : 0;
        }
        return n;
    }

    @Test
    void excludingASelectionLeavesAcceptedPartsOutAndStealingIsExplicitReportedAndUndoable() throws Exception {
        assertEquals(PartOverlap.STEAL, xyz().partOverlap(), "the default keeps scripted replays as they were");
        try (SegmentationSession session = new SegmentationSession(xyz().withPartOverlap(PartOverlap.EXCLUDE))) {
            assertEquals(PartOverlap.EXCLUDE, session.partOverlap());
            get(session.open(Fixtures.fixture("chair")));
            SampledShape shape = session.scene().orElseThrow().shape();
            Vector3f seat = ReopenPartsTest.on(shape, "seat");
            get(session.click(seat, true));
            SessionState first = get(session.acceptPart("seat"));
            int seatTriangles = first.part(0).triangleCount();

            // the same click again: the selection has none of the seat's triangles or points
            SessionState again = ((ClickOutcome.Accepted) get(session.click(seat, true))).state();
            assertEquals(0, selectedOf(again, 0));
            for (int i = 0; i < again.partOfPoint().length; i++) {
                assertTrue(!again.mask().contains(i) || again.partOfPoint()[i] != 0, "point " + i);
            }

            // the session switched to stealing: the same clicks now select seat triangles
            SessionState stealing = get(session.setPartOverlap(PartOverlap.STEAL));
            int covered = selectedOf(stealing, 0);
            assertTrue(covered > 0, "the raw selection covers the seat");
            get(session.setPartOverlap(PartOverlap.EXCLUDE));
            assertEquals(0, selectedOf(session.state(), 0));

            // an explicit steal takes them, says so, and undo gives them back
            SessionState beforeSteal = session.state();
            AcceptOutcome o = get(session.acceptPart("cushion", PartOverlap.STEAL));
            assertEquals(List.of(new AcceptOutcome.Taken(0, "seat", covered, seatTriangles - covered)), o.taken());
            assertEquals(covered, o.takenTriangles());
            assertEquals(seatTriangles - covered, o.state().part(0).triangleCount());
            assertEquals("cushion", o.part().name());
            assertEquals(o.state(), session.state());
            assertEquals(beforeSteal, get(session.undo()));
            assertEquals(seatTriangles, session.state().part(0).triangleCount());
        }
    }

    @Test
    void aStealingSessionReportsWhatEachAcceptTook() throws Exception {
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(Fixtures.fixture("chair")));
            Vector3f seat = ReopenPartsTest.on(session.scene().orElseThrow().shape(), "seat");
            get(session.click(seat, true));
            get(session.acceptPart("seat"));
            get(session.click(seat, true));
            int covered = selectedOf(session.state(), 0);
            assertTrue(covered > 0);
            AcceptOutcome o = get(session.acceptPart("again", null));
            assertEquals(covered, o.takenTriangles());
            // an explicit exclusion in a stealing session takes nothing: here the selection lies in the seat only
            SessionState before = get(session.undo());
            Throwable e = assertThrows(CompletionException.class, () -> session.acceptPart("rest", PartOverlap.EXCLUDE)
                            .join())
                    .getCause();
            assertInstanceOf(IllegalStateException.class, e);
            assertTrue(e.getMessage().contains("outside the accepted parts"), e.getMessage());
            assertEquals(before, session.state(), "a failed accept changes nothing");
            // with a click off the seat, the exclusion accepts only the free triangles
            get(session.click(ReopenPartsTest.on(session.scene().orElseThrow().shape(), "leg_1"), true));
            int free = session.state().maskTriangles() - selectedOf(session.state(), 0);
            AcceptOutcome none = get(session.acceptPart("rest", PartOverlap.EXCLUDE));
            assertTrue(none.taken().isEmpty());
            assertEquals(free, none.part().triangleCount());
            assertEquals(before.part(0).triangleCount(), none.state().part(0).triangleCount());
        }
    }

    @Test
    void duplicateIdsInAScenesLabelsAreRenumberedAndNamesKeptUnique() throws Exception {
        Node root = TestGeometry.farBoxes();
        label(root, "left", 0, "a");
        label(root, "right", 0, "b");
        label(root, "top", 3, "a");
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            SessionState s = get(session.open(root));
            assertEquals(
                    List.of("3=a#2", "0=a", "4=b").stream().sorted().toList(),
                    s.parts().stream()
                            .map(p -> p.id() + "=" + p.name())
                            .sorted()
                            .toList());
            assertEquals(5, s.nextPartId());
            for (Part p : s.parts()) {
                assertEquals(12, p.triangleCount(), p.toString());
            }
            // the next write-back writes the repaired labels
            get(session.apply());
            assertEquals(
                    Optional.of(new PartUserData.Label(4, "b")),
                    PartUserData.of(((Node) root.getChild("b")).getChild(0)));
        }
    }

    @Test
    void idsAreAssignedInSceneOrder() {
        var a0 = new PartUserData.Label(0, "a");
        var b0 = new PartUserData.Label(0, "b");
        var c7 = new PartUserData.Label(7, "c");
        Map<PartUserData.Label, PartUserData.Label> m = SavedParts.assign(
                List.of(Optional.of(a0), Optional.empty(), Optional.of(b0), Optional.of(c7), Optional.of(a0)), "f");
        assertEquals(Map.of(a0, a0, b0, new PartUserData.Label(8, "b"), c7, c7), m);
    }

    private static void label(Node root, String geometry, int id, String name) {
        Geometry g = (Geometry) root.getChild(geometry);
        g.setUserData(PartUserData.PART, name);
        g.setUserData(PartUserData.PART_ID, id);
    }
}
