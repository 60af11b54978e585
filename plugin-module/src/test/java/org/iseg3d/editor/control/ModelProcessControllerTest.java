package org.iseg3d.editor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Ray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.session.ClickOutcome;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned method as the editor runs it by default: in a model process. TensorFlow's native library must not
 * be loaded into this JVM; a broken model falls back to FPFH with a notice; Cancel works during the embedding.
 */
class ModelProcessControllerTest {

    private final SegmentationControllerTest.RecordingHost host = new SegmentationControllerTest.RecordingHost();
    private final List<SegmentationController.Message> messages = new ArrayList<>();
    private SegmentationController controller;

    private SegmentationController controller(EditorSettings s) {
        controller = new SegmentationController(host, Runnable::run, s);
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
        return f.get(300, TimeUnit.SECONDS);
    }

    private static Ray downOntoCentre(TriangleSoup soup) {
        return SegmentationControllerTest.downOntoCentre(soup);
    }

    private static List<ProcessHandle> modelProcesses() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("org.iseg3d.tf.worker.ModelWorker"))
                        .orElse(false))
                .toList();
    }

    private static boolean tensorFlowLoadedHere() throws Exception {
        Path maps = Path.of("/proc/self/maps");
        return Files.exists(maps) && Files.readString(maps).contains("libtensorflow");
    }

    @Test
    void learnedIsTheDefaultAndRunsInAModelProcessNotInThisJvm() throws Exception {
        assertEquals(EditorSettings.LEARNED, EditorSettings.DEFAULTS.method());
        assertTrue(EditorSettings.DEFAULTS.modelProcess());
        SegmentationController c = controller(EditorSettings.DEFAULTS);
        EditorState ready = get(c.open(Fixtures.fixture("chair")));
        assertEquals(EditorState.Phase.READY, ready.phase());
        assertEquals("learned", ready.method());
        ClickOutcome o = get(c.click(downOntoCentre(host.soup), true, 0L));
        assertInstanceOf(ClickOutcome.Accepted.class, o);
        assertTrue(c.session().state().maskTriangles() > 0);

        List<ProcessHandle> children = modelProcesses();
        assertEquals(1, children.size(), "one model process");
        assertFalse(tensorFlowLoadedHere(), "TensorFlow's native library is not loaded in the editor's JVM");
        synchronized (messages) {
            assertTrue(
                    messages.stream().noneMatch(m -> m.severity() == SegmentationController.Message.Severity.NOTICE),
                    messages.toString());
        }

        // the next model reuses the process
        assertEquals("learned", get(c.open(Fixtures.fixture("table"))).method());
        assertEquals(children, modelProcesses(), "the same model process");

        c.close();
        controller = null;
        for (ProcessHandle p : children) {
            p.onExit().get(10, TimeUnit.SECONDS);
            assertFalse(p.isAlive(), "closing the controller ends the model process");
        }
    }

    @Test
    void aBrokenModelFolderFallsBackToFpfhWithANotice(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectory(dir.resolve("not-a-model"));
        SegmentationController c = controller(EditorSettings.DEFAULTS.withModelFolder(broken));
        EditorState ready = get(c.open(Fixtures.fixture("chair")));
        assertEquals(EditorState.Phase.READY, ready.phase());
        assertEquals("fpfh", ready.method());
        synchronized (messages) {
            assertTrue(
                    messages.stream()
                            .anyMatch(m -> m.severity() == SegmentationController.Message.Severity.NOTICE
                                    && m.text().contains(broken + " is not a SavedModel folder")
                                    && m.text().endsWith("using FPFH.")),
                    messages.toString());
        }
    }

    @Test
    void cancelDuringTheLearnedEmbeddingStopsAtOnceAndTheNextOpenWorks() throws Exception {
        SegmentationController c =
                controller(new EditorSettings(EditorSettings.LEARNED, null, 0.35f, true, true, 60_000, false, true));
        CountDownLatch embedding = new CountDownLatch(1);
        c.addProgressListener((stage, f) -> {
            if (stage.equals("embedding")) {
                embedding.countDown();
            }
        });
        CompletableFuture<EditorState> f = c.open(Fixtures.fixture("chair"));
        assertTrue(embedding.await(300, TimeUnit.SECONDS), "the embedding started");
        Thread.sleep(200);
        long t0 = System.nanoTime();
        c.cancelOpen();
        assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "cancelled in " + ms + " ms");
        assertEquals(EditorState.Phase.NONE, c.state().phase());

        c.setSettings(EditorSettings.DEFAULTS);
        EditorState again = get(c.open(Fixtures.fixture("chair")));
        assertEquals(EditorState.Phase.READY, again.phase());
        assertEquals("learned", again.method());
    }
}
