package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

class SegmentationSessionTest {

    private static final Vector3f DOWN = new Vector3f(0, -1, 0);

    private static SessionConfig xyz() {
        return SessionConfig.embedding(new XyzEmbedder()).withPoints(2048).withSeed(3L);
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletableFuture<?> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return e.getCause();
    }

    /** Centroid of the points of a ground-truth part. */
    static Vector3f centroidOf(SampledShape shape, String part) {
        int id = shape.partNames().indexOf(part);
        Vector3f c = new Vector3f();
        int n = 0;
        for (int i = 0; i < shape.size(); i++) {
            if (shape.partOfPoint()[i] == id) {
                c.addLocal(shape.cloud().x(i), shape.cloud().y(i), shape.cloud().z(i));
                n++;
            }
        }
        return c.divideLocal(n);
    }

    @Test
    void clickOnTheSeatCentreOfTheFixtureChairSelectsMostlySeat() throws Exception {
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(Fixtures.fixture("chair")));
            SampledShape shape = session.scene().orElseThrow().shape();
            Vector3f seat = centroidOf(shape, "seat");
            Ray ray = new Ray(new Vector3f(seat.x, 10f, seat.z), DOWN);
            ClickOutcome out = get(session.click(ray, true));
            ClickOutcome.Accepted acc = assertInstanceOf(ClickOutcome.Accepted.class, out);
            int seatId = shape.partNames().indexOf("seat");
            assertEquals(seatId, shape.partOfPoint()[acc.points().get(0)], "the clicked point is on the seat");
            SessionState s = acc.state();
            int inSeat = 0, selected = 0, seatPoints = 0;
            for (int i = 0; i < shape.size(); i++) {
                boolean isSeat = shape.partOfPoint()[i] == seatId;
                seatPoints += isSeat ? 1 : 0;
                if (s.mask().contains(i)) {
                    selected++;
                    inSeat += isSeat ? 1 : 0;
                }
            }
            double precision = (double) inSeat / selected;
            double recall = (double) inSeat / seatPoints;
            assertTrue(precision >= 0.8, "precision " + precision + " recall " + recall);
            assertTrue(recall >= 0.15, "precision " + precision + " recall " + recall);
            assertTrue(s.maskTriangles() > 0);
            assertSame(s, session.state());
        }
    }

    @Test
    void undoAndRedoRestoreTheExactEarlierStates() throws Exception {
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(TestGeometry.farBoxes()));
            List<SessionState> states = new ArrayList<>();
            states.add(session.state());
            assertFalse(session.canUndo(), "opening is not undoable");
            get(session.click(new Ray(new Vector3f(-4.1f, 0.1f, 10), new Vector3f(0, 0, -1)), true));
            states.add(session.state());
            get(session.click(new Ray(new Vector3f(0.1f, 4.1f, 10), new Vector3f(0, 0, -1)), false));
            states.add(session.state());
            SessionState left = get(session.acceptPart("left"));
            states.add(left);
            int leftId = left.partNamed("left").id();
            states.add(get(session.renamePart(leftId, "left box")));
            get(session.click(new Ray(new Vector3f(4.1f, 0.1f, 10), new Vector3f(0, 0, -1)), true));
            states.add(session.state());
            SessionState right = get(session.acceptPart("right"));
            states.add(right);
            states.add(get(session.mergeParts(leftId, right.partNamed("right").id())));
            SessionState merged = session.state();
            assertEquals(1, merged.parts().size());
            assertEquals("left box", merged.parts().get(0).name());
            assertEquals(
                    left.parts().get(0).triangleCount()
                            + right.partNamed("right").triangleCount(),
                    merged.parts().get(0).triangleCount(),
                    "disjoint parts: counts add up");
            for (int i = 1; i < states.size(); i++) {
                assertNotEquals(states.get(i - 1), states.get(i), "step " + i + " changed the state");
            }
            assertEquals(
                    List.of("click", "click", "accept part", "rename part", "click", "accept part", "merge parts"),
                    session.undoLabels());
            for (int i = states.size() - 2; i >= 0; i--) {
                SessionState s = get(session.undo());
                assertEquals(states.get(i), s, "undo to state " + i);
                assertSame(states.get(i), session.state());
            }
            assertFalse(session.canUndo());
            assertSame(states.get(0), get(session.undo()), "undo with nothing to undo is a no-op");
            for (int i = 1; i < states.size(); i++) {
                assertEquals(states.get(i), get(session.redo()), "redo to state " + i);
            }
            assertFalse(session.canRedo());
            // a new step after undo drops the redo history
            get(session.undo());
            get(session.deletePart(leftId));
            assertFalse(session.canRedo());
            assertEquals(
                    List.of("right"),
                    session.state().parts().stream().map(Part::name).toList());
            for (int p : session.state().partOfTriangle()) {
                assertNotEquals(leftId, p);
            }
        }
    }

    @Test
    void applyWritesPartsAndUndoRestoresTheSceneExactly() throws Exception {
        Node root = TestGeometry.farBoxes();
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(root));
            String before = TestGeometry.fingerprint(root);
            get(session.click(new Ray(new Vector3f(-4.1f, 0.1f, 10), new Vector3f(0, 0, -1)), true));
            get(session.acceptPart("left"));
            assertEquals(before, TestGeometry.fingerprint(root), "nothing changes before apply");
            SessionState applied = get(session.apply());
            assertTrue(applied.applied());
            String after = TestGeometry.fingerprint(root);
            assertNotEquals(before, after);
            boolean found = false;
            for (var c : root.getChildren()) {
                if ("left".equals(c.getUserData(PartUserData.PART)) && c instanceof Node) {
                    found = true;
                    assertEquals(Integer.valueOf(applied.parts().get(0).id()), c.getUserData(PartUserData.PART_ID));
                }
            }
            assertTrue(found, "a part Node 'left' with user data under the root");
            assertTrue(session.appliedWriteBack().isPresent());
            get(session.undo());
            assertEquals(before, TestGeometry.fingerprint(root));
            assertFalse(session.state().applied());
            assertTrue(session.appliedWriteBack().isEmpty());
            get(session.redo());
            assertEquals(after, TestGeometry.fingerprint(root));
            // a second apply replaces the first; undoing it brings the first back
            get(session.click(new Ray(new Vector3f(4.1f, 0.1f, 10), new Vector3f(0, 0, -1)), true));
            get(session.acceptPart("right"));
            get(session.apply());
            String twice = TestGeometry.fingerprint(root);
            assertNotEquals(after, twice);
            get(session.undo());
            assertEquals(after, TestGeometry.fingerprint(root));
            while (session.canUndo()) {
                get(session.undo());
            }
            assertEquals(before, TestGeometry.fingerprint(root));
        }
    }

    @Test
    void offModelClicksAreIgnoredWithAMessage() throws Exception {
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(TestGeometry.farBoxes()));
            SessionState s0 = session.state();
            ClickOutcome out = get(session.click(new Ray(new Vector3f(0, -10, 5), new Vector3f(0, 0, 1)), true));
            assertTrue(
                    assertInstanceOf(ClickOutcome.Ignored.class, out).message().contains("not on the model"));
            assertInstanceOf(ClickOutcome.Ignored.class, get(session.click(new Vector3f(40, 40, 40), true)));
            assertInstanceOf(ClickOutcome.Ignored.class, get(session.scribble(List.of(new Vector3f(40, 0, 0)))));
            assertSame(s0, session.state());
            assertFalse(session.canUndo());
        }
    }

    @Test
    void scribbleAddsDistinctNegativeClicksInOneStep() throws Exception {
        try (SegmentationSession session = new SegmentationSession(xyz())) {
            get(session.open(TestGeometry.farBoxes()));
            get(session.click(new Vector3f(-4f, 0.5f, 0f), true)); // top face of the left box
            SessionState one = session.state();
            List<Vector3f> stroke = new ArrayList<>();
            for (int i = 0; i <= 20; i++) {
                stroke.add(new Vector3f(-3.8f + i * 0.015f, 0.5f, -0.4f + i * 0.04f));
            }
            stroke.add(new Vector3f(99, 99, 99)); // off the model: dropped
            ClickOutcome.Accepted acc = assertInstanceOf(ClickOutcome.Accepted.class, get(session.scribble(stroke)));
            SessionState s = acc.state();
            assertTrue(
                    acc.points().size() > 3, "distinct points " + acc.points().size());
            assertEquals(
                    acc.points().size(),
                    s.clicks().stream().filter(c -> !c.positive()).count());
            assertTrue(s.mask().count() < one.mask().count(), "negative clicks shrink the selection");
            assertEquals(List.of("click", "scribble"), session.undoLabels());
        }
    }

    @Test
    void resultsAndListenersRunOnTheSceneExecutorAndFailuresChangeNothing() throws Exception {
        ExecutorService sceneThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "scene-thread"));
        try (SegmentationSession session = new SegmentationSession(xyz().withSceneExecutor(sceneThread::execute))) {
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            List<String> steps = Collections.synchronizedList(new ArrayList<>());
            session.addListener((prev, now, step) -> {
                threads.add(Thread.currentThread().getName());
                steps.add(step);
            });
            get(session.open(TestGeometry.farBoxes()));
            CompletableFuture<?> nothing = session.acceptPart("empty");
            assertInstanceOf(IllegalStateException.class, failure(nothing));
            get(session.click(new Vector3f(4f, 0.5f, 0f), true));
            get(session.acceptPart("right"));
            assertInstanceOf(
                    IllegalArgumentException.class,
                    failure(session.click(new Vector3f(4f, 0.5f, 0f), true)
                            .thenCompose(x -> session.acceptPart("right"))));
            assertInstanceOf(IllegalArgumentException.class, failure(session.renamePart(99, "x")));
            assertInstanceOf(IllegalArgumentException.class, failure(session.acceptPart(" ")));
            get(session.undo());
            assertEquals(List.of("open", "click", "accept part", "click", "undo click"), steps);
            assertTrue(threads.stream().allMatch("scene-thread"::equals), threads.toString());
        } finally {
            sceneThread.shutdownNow();
        }
    }

    /** An embedder that blocks until it is cancelled. */
    private static final class StuckEmbedder implements CancellableEmbedder {
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public String name() {
            return "stuck";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] embed(PointCloud cloud, ProgressListener progress, CancellationToken token) {
            started.countDown();
            while (true) {
                progress.progress("embedding", 0.5);
                token.throwIfCancelled();
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void openingCanBeCancelledDuringEmbeddingWithProgressReported() throws Exception {
        StuckEmbedder stuck = new StuckEmbedder();
        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        SessionConfig config = SessionConfig.embedding(stuck).withPoints(500).withProgress((stage, x) -> {
            if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                stages.add(stage);
            }
        });
        try (SegmentationSession session = new SegmentationSession(config)) {
            CompletableFuture<SessionState> open = session.open(TestGeometry.farBoxes());
            assertTrue(stuck.started.await(30, TimeUnit.SECONDS));
            session.cancel();
            assertInstanceOf(CancellationException.class, failure(open));
            assertEquals(List.of("sampling", "neighbours", "embedding"), stages);
            assertSame(SessionState.EMPTY, session.state());
            assertTrue(session.scene().isEmpty());
        }
    }

    @Test
    void changingAlphaReSegmentsTheCurrentClicksLiveWithoutAnUndoStep() throws Exception {
        try (SegmentationSession session = new SegmentationSession(
                SessionConfig.embedding(new XyzEmbedder()).withPoints(2048))) {
            get(session.open(Fixtures.fixture("chair")));
            Vector3f seat = centroidOf(session.scene().orElseThrow().shape(), "seat");
            get(session.click(new Ray(new Vector3f(seat.x, 10f, seat.z), DOWN), true));
            int at35 = session.state().mask().count();
            boolean couldUndo = session.canUndo();
            SessionState wider = get(session.setClickParams(ClickParams.DEFAULTS.withAlpha(0.6f)));
            assertEquals(1, wider.clicks().size());
            assertTrue(wider.mask().count() > at35, at35 + " -> " + wider.mask().count());
            SessionState narrower = get(session.setClickParams(ClickParams.DEFAULTS.withAlpha(0.1f)));
            assertTrue(
                    narrower.mask().count() < at35,
                    at35 + " -> " + narrower.mask().count());
            assertEquals(couldUndo, session.canUndo());
            // back to the default: the very same mask as before
            assertEquals(
                    at35,
                    get(session.setClickParams(ClickParams.DEFAULTS)).mask().count());
        }
    }

    @Test
    void theHeatmapMethodWorksThroughTheSameApi() throws Exception {
        try (SegmentationSession session = new SegmentationSession(
                SessionConfig.method(SegmentationMethod.heatmap()).withPoints(2048))) {
            get(session.open(Fixtures.fixture("chair")));
            assertEquals("heatmap", session.scene().orElseThrow().method());
            Vector3f seat = centroidOf(session.scene().orElseThrow().shape(), "seat");
            ClickOutcome.Accepted acc = assertInstanceOf(
                    ClickOutcome.Accepted.class,
                    get(session.click(new Ray(new Vector3f(seat.x, 10f, seat.z), DOWN), true)));
            assertTrue(
                    acc.state().mask().count() > 0 && acc.state().maskTriangles() > 0,
                    acc.state().toString());
        }
    }
}
