package org.iseg3d.editor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.session.ClickOutcome;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's logic without a display: open, click, accept, undo, save, bad input. */
class SegmentationControllerTest {

    /** A scene host that records what the view would draw; the scene executor is a single thread. */
    static final class RecordingHost implements SceneHost {
        final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        volatile Spatial model;
        volatile TriangleSoup soup;
        volatile float[] colours;
        final List<Long> clickNanos = new ArrayList<>();

        @Override
        public Executor sceneExecutor() {
            return thread;
        }

        @Override
        public void showModel(Spatial root) {
            model = root;
        }

        @Override
        public void showOverlay(TriangleSoup s) {
            soup = s;
        }

        @Override
        public void updateOverlay(float[] rgba, long nanos) {
            colours = rgba.clone();
            if (nanos != 0) {
                clickNanos.add(nanos);
            }
        }

        @Override
        public void clear() {
            model = null;
            soup = null;
        }
    }

    private final RecordingHost host = new RecordingHost();
    private final List<EditorState> states = new ArrayList<>();
    private final List<SegmentationController.Message> messages = new ArrayList<>();
    private SegmentationController controller;

    private SegmentationController controller() {
        controller = new SegmentationController(host, Runnable::run, EditorSettings.DEFAULTS.withMethod("fpfh"));
        controller.addStateListener(s -> {
            synchronized (states) {
                states.add(s);
            }
        });
        controller.addMessageListener(m -> {
            synchronized (messages) {
                messages.add(m);
            }
        });
        return controller;
    }

    @AfterEach
    void close() {
        if (controller != null) {
            controller.close();
        }
        host.thread.shutdownNow();
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(120, TimeUnit.SECONDS);
    }

    /** A ray straight down onto the centre of the model's bounds (the chair's seat). */
    static Ray downOntoCentre(TriangleSoup soup) {
        float[] b = soup.bounds();
        Vector3f top = new Vector3f((b[0] + b[3]) / 2, b[4] + 1f, (b[2] + b[5]) / 2);
        return new Ray(top, new Vector3f(0, -1, 0));
    }

    @Test
    void clickMaskAcceptUndoSave(@TempDir Path dir) throws Exception {
        SegmentationController c = controller();
        EditorState ready = get(c.open(Fixtures.fixture("chair")));
        assertEquals(EditorState.Phase.READY, ready.phase());
        assertTrue(host.soup.triangleCount() > 0);
        assertEquals(4 * host.soup.triangleCount(), host.colours.length);

        ClickOutcome o = get(c.click(downOntoCentre(host.soup), true, System.nanoTime()));
        assertInstanceOf(ClickOutcome.Accepted.class, o);
        get(CompletableFuture.runAsync(() -> {}, host.thread)); // the redraw ran
        SessionState st = c.session().state();
        assertTrue(st.maskTriangles() > 0);
        int drawn = 0;
        for (int t = 0; t < st.triangleMask().length; t++) {
            if (host.colours[4 * t + 3] == OverlayColors.MASK_RGBA[3]) {
                drawn++;
            }
        }
        assertEquals(st.maskTriangles(), drawn, "every mask triangle is drawn in the mask colour");
        assertEquals(1, host.clickNanos.size(), "the click's time reached the view");

        get(c.accept(null));
        assertEquals(1, c.parts().size());
        assertEquals("part 1", c.parts().get(0).name());
        assertTrue(c.dirty());
        assertTrue(c.canUndo());
        get(c.undo());
        assertEquals(0, c.parts().size());
        get(c.redo());
        assertEquals(1, c.parts().size());

        Path out = dir.resolve("chair.j3o");
        assertEquals(out, get(c.save(out)));
        assertFalse(c.dirty());
        assertEquals(out, c.file(), "Save As: the saved j3o is the document's file from now on");
        assertEquals(out, c.state().file(), "and the published state (window title) says so");
        assertFalse(java.nio.file.Files.exists(dir.resolve("chair.j3o.bak")), "nothing replaced, no backup");
        get(c.rename(c.parts().get(0).id(), "seat"));
        assertTrue(c.dirty());
        byte[] first = java.nio.file.Files.readAllBytes(out);
        assertEquals(out, get(c.save(c.file()))); // Save in place: the old file kept as chair.j3o.bak
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                first, java.nio.file.Files.readAllBytes(dir.resolve("chair.j3o.bak")));
        get(c.rename(c.parts().get(0).id(), "part 1"));
        get(c.save(out));
        var reloaded = new SceneLoader().load(out);
        List<String> names = new ArrayList<>();
        reloaded.root().depthFirstTraversal(s -> {
            String part = s.getUserData("iseg3d.part");
            if (part != null && !names.contains(part)) {
                names.add(part);
            }
        });
        assertEquals(List.of("part 1"), names);
    }

    @Test
    void alphaAppliesLiveToTheCurrentClicks() throws Exception {
        SegmentationController c = controller();
        get(c.open(Fixtures.fixture("chair")));
        get(c.click(downOntoCentre(host.soup), true, System.nanoTime()));
        int before = c.session().state().mask().count();
        SessionState wider = get(c.applyClickSettings(c.settings().withAlpha(0.8f)));
        assertTrue(wider.mask().count() > before, before + " -> " + wider.mask().count());
        assertEquals(0.8f, c.settings().alpha(), 0f);
        assertEquals(1, wider.clicks().size(), "the clicks stay");
        SessionState back = get(c.applyClickSettings(c.settings().withAlpha(ClickParams.DEFAULT_ALPHA)));
        assertEquals(before, back.mask().count());
    }

    @Test
    void theFineTuningToggleReachesTheOpenSessionAndTheNextOne() throws Exception {
        SegmentationController c = controller();
        assertFalse(c.finetuneEnabled(), "off by default");
        c.setFinetuneEnabled(true);
        c.setFinetuneEnabled(false);
        get(c.open(Fixtures.fixture("chair")));
        assertFalse(c.session().finetuneEnabled());
        assertFalse(c.session().config().finetune().enabled());
        assertFalse(c.session().canFinetune(), "FPFH cannot fine-tune");
        c.setFinetuneEnabled(true);
        assertTrue(c.session().finetuneEnabled());
        SessionState s = get(c.resetFinetuning()); // nothing learned: the state stays
        assertEquals(0, s.clicks().size());
    }

    @Test
    void clicksBeforeReadyAndOffTheModelAreMessagesNotErrors() throws Exception {
        SegmentationController c = controller();
        ClickOutcome early = get(c.click(new Ray(new Vector3f(), Vector3f.UNIT_Z), true, 0L));
        assertInstanceOf(ClickOutcome.Ignored.class, early);
        assertTrue(c.state().status().contains("Open a model"), c.state().status());

        get(c.open(Fixtures.fixture("chair")));
        Ray away = new Ray(new Vector3f(1000, 1000, 1000), new Vector3f(0, 1, 0));
        ClickOutcome off = get(c.click(away, true, 0L));
        assertInstanceOf(ClickOutcome.Ignored.class, off);
        assertTrue(
                c.state().status().toLowerCase().contains("not on the model"),
                c.state().status());
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(c.accept(null)));
        assertTrue(e.getCause().getMessage().contains("Nothing selected"));
    }

    @Test
    void notAModelFailsWithAMessage(@TempDir Path dir) throws Exception {
        SegmentationController c = controller();
        Path bad = Files.writeString(dir.resolve("notes.glb"), "this is not a model");
        assertThrows(ExecutionException.class, () -> get(c.open(bad)));
        assertEquals(EditorState.Phase.FAILED, c.state().phase());
        synchronized (messages) {
            assertTrue(
                    messages.stream()
                            .anyMatch(m -> m.severity() == SegmentationController.Message.Severity.ERROR
                                    && m.text().contains("notes.glb")),
                    messages.toString());
        }
    }

    @Test
    void readOnlyTargetKeepsTheSessionAndTheFile(@TempDir Path dir) throws Exception {
        SegmentationController c = controller();
        get(c.open(Fixtures.fixture("chair")));
        get(c.click(downOntoCentre(host.soup), true, 0L));
        get(c.accept("seat"));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path target = Files.writeString(ro.resolve("chair.j3o"), "old");
        ro.toFile().setWritable(false);
        target.toFile().setWritable(false);
        try {
            if (Files.isWritable(ro)) {
                return; // running as root: permissions are not enforced, the case cannot be made here
            }
            assertThrows(ExecutionException.class, () -> get(c.save(target)));
            assertEquals("old", Files.readString(target));
            assertTrue(c.dirty());
            assertEquals(1, c.parts().size());
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void missingModelFolderFallsBackToFpfhWithAWarning() {
        List<String> warnings = new ArrayList<>();
        var e = Embedders.inProcess(
                EditorSettings.DEFAULTS.withMethod("learned").withModelFolder(Path.of("/no/such/model")), warnings);
        assertEquals("fpfh", e.name());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("/no/such/model"));
    }

    @Test
    void cancelWhilePreparingClosesCleanly() throws Exception {
        SegmentationController c = controller();
        CompletableFuture<EditorState> f = c.open(Fixtures.fixture("table"));
        c.cancelOpen();
        assertThrows(Exception.class, () -> get(f));
        assertEquals(EditorState.Phase.NONE, c.state().phase());
        // and a new open works afterwards
        assertEquals(
                EditorState.Phase.READY, get(c.open(Fixtures.fixture("chair"))).phase());
    }
}
