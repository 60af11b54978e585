package org.iseg3d.editor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.Mask;
import org.junit.jupiter.api.Test;

/** The editor's explanations: camera feel and framing, negative-click feedback, error texts, embedding time. */
class EditorFeedbackTest {

    @Test
    void orbitTurnsAThirdOfADegreePerPixel() {
        OrbitCamera c = new OrbitCamera();
        c.frame(new float[] {-1, -1, -1, 1, 1, 1}, 45f);
        Vector3f before = c.location().setY(0f);
        c.orbit(300, 0); // a 300-pixel drag: 90° around the vertical axis
        Vector3f after = c.location().setY(0f);
        float angle = FastMath.acos(before.normalize().dot(after.normalize()));
        assertEquals(90f, angle * FastMath.RAD_TO_DEG, 0.5f);
    }

    @Test
    void framingFitsTheSphereInTheNarrowerFieldOfView() {
        OrbitCamera wide = new OrbitCamera();
        wide.frameSphere(new Vector3f(1, 2, 3), 2f, 45f, 2f);
        OrbitCamera tall = new OrbitCamera();
        tall.frameSphere(new Vector3f(1, 2, 3), 2f, 45f, 0.5f);
        assertEquals(new Vector3f(1, 2, 3), wide.target());
        // wide view: the vertical field of view decides; the sphere just fits (5 % margin)
        assertEquals(2f / FastMath.sin(22.5f * FastMath.DEG_TO_RAD) * 1.05f, wide.distance(), 1e-3f);
        // tall view: the narrower horizontal field of view decides, so the camera stays further away
        assertTrue(tall.distance() > wide.distance() * 1.5f);
        float zoomed = wide.distance() * OrbitCamera.ZOOM_PER_NOTCH;
        wide.zoom(1);
        assertEquals(zoomed, wide.distance(), 1e-4f);
    }

    @Test
    void aNegativeClickThatChangesNothingIsRecognised() {
        SessionState before = state(List.of(Click.positive(0)), true, false);
        SessionState same = state(List.of(Click.positive(0), Click.negative(5)), true, false);
        SessionState shrunk = state(List.of(Click.positive(0), Click.negative(1)), false, false);
        SessionState grown = state(List.of(Click.positive(0), Click.positive(1)), true, true);
        assertTrue(SegmentationController.negativeChangedNothing(before, same, "click"));
        assertTrue(SegmentationController.negativeChangedNothing(before, same, "scribble"));
        assertFalse(SegmentationController.negativeChangedNothing(before, shrunk, "click"));
        assertFalse(SegmentationController.negativeChangedNothing(before, grown, "click"), "positive click");
        assertFalse(SegmentationController.negativeChangedNothing(before, same, "undo"), "not a click");
    }

    private static SessionState state(List<Click> clicks, boolean t0, boolean t1) {
        boolean[] tri = {t0, t1};
        int n = (t0 ? 1 : 0) + (t1 ? 1 : 0);
        return new SessionState(
                SessionState.Phase.READY,
                new ArrayList<>(clicks),
                Mask.empty(8),
                tri,
                n,
                new int[] {-1, -1, -1, -1, -1, -1, -1, -1},
                new int[] {-1, -1},
                List.of(),
                0,
                false);
    }

    @Test
    void anOpenErrorNamesTheFileOnce() {
        Path f = Path.of("/models/table.obj");
        assertEquals("no such file", Texts.withoutFile("/models/table.obj: no such file", f));
        assertEquals("not valid JSON (x)", Texts.withoutFile("table.obj: not valid JSON (x)", f));
        assertEquals("out of memory", Texts.withoutFile("out of memory", f));
        assertEquals(
                "no triangles with area (0 geometries, 0 triangles)",
                Texts.withoutFile("table-objnode: no triangles with area (0 geometries, 0 triangles)", f));
        assertEquals("tables: two", Texts.withoutFile("tables: two", Path.of("/m/chair.obj")));
    }

    @Test
    void theEmbeddingStageIsTimedAndProgressForwarded() throws Exception {
        List<String> seen = new ArrayList<>();
        PreparationTimer t = new PreparationTimer((stage, f) -> seen.add(stage));
        assertEquals("0.0", t.embeddingSeconds());
        t.progress("sampling", 0.0);
        t.progress("embedding", 0.2);
        Thread.sleep(120);
        t.progress("embedding", 0.5);
        t.progress("transfer", 0.8);
        Thread.sleep(200); // after the stage: not counted
        t.progress("ready", 1.0);
        double s = Double.parseDouble(t.embeddingSeconds());
        assertTrue(s >= 0.1 && s < 0.3, "embedding took " + s + " s");
        assertEquals(List.of("sampling", "embedding", "embedding", "transfer", "ready"), seen);
    }
}
