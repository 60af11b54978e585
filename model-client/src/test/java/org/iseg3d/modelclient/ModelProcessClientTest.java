package org.iseg3d.modelclient;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.iseg3d.core.cloud.PointCloud;
import org.junit.jupiter.api.Test;

/**
 * The client's launch, multiplexing, cancellation and restart policy against {@link FakeWorker} (a protocol
 * stand-in without TensorFlow); tf-model's {@code ModelProcessEmbedderTest} runs them against the real worker.
 */
class ModelProcessClientTest {

    private static final PointCloud CLOUD =
            new PointCloud(new float[] {1, 2, 3, 4, 5, 6}, new float[] {0, 0, 1, 0, 0, 1});

    /** Options that run {@link FakeWorker} with {@code args} instead of the model worker. */
    private static ModelProcessEmbedder.Options fake(int maxRestarts, String... args) {
        List<Path> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            cp.add(Path.of(e));
        }
        List<String> jvm = new ArrayList<>(List.of("-Xmx64m", "-XX:+UseSerialGC"));
        // the launcher appends the worker's main class: make the fake the main class, the rest its arguments
        jvm.add("-cp");
        jvm.add(WorkerClasspath.join(cp));
        jvm.add(FakeWorker.class.getName());
        jvm.addAll(List.of(args));
        return new ModelProcessEmbedder.Options(
                null,
                WorkerClasspath.javaExecutable(),
                List.of(),
                jvm,
                Duration.ofSeconds(30),
                Duration.ofMillis(300),
                maxRestarts);
    }

    @Test
    void requestsGoThroughTheProcessAndCloseEndsIt() {
        ModelProcessEmbedder p = ModelProcessEmbedder.start(fake(3));
        assertEquals(2, p.dimension());
        assertEquals(new ModelProcessEmbedder.Info(2, 42L, "fake", List.of()), p.requestInfo());
        assertArrayEquals(new float[] {1, 2, 4, 5}, p.embed(CLOUD));
        assertEquals(2f, p.finetuneStep(CLOUD, new int[] {0, 1}, new int[0], 0.1f));
        UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class, p::reset);
        assertEquals("no reset in the fake", u.getMessage());
        long pid = p.pid().orElseThrow();
        p.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(p.pid().isEmpty());
        assertThrows(IllegalStateException.class, () -> p.embed(CLOUD));
    }

    @Test
    void aCrashFailsWithTheExitAndTheLastStderrThenRestartsUntilTheBudgetIsSpent() {
        try (ModelProcessEmbedder p = ModelProcessEmbedder.start(fake(1, "crash"))) {
            ModelException e = assertThrows(ModelException.class, () -> p.embed(CLOUD));
            assertEquals(
                    "the model process exited with code 3; its last output: fake worker: out of luck", e.getMessage());
            assertEquals(0, p.restarts());
            e = assertThrows(ModelException.class, () -> p.embed(CLOUD)); // a new child, which crashes too
            assertEquals(1, p.restarts());
            e = assertThrows(ModelException.class, () -> p.embed(CLOUD));
            assertTrue(
                    e.getMessage()
                            .endsWith("it stopped 2 times, so it is not started again: reopen the model, "
                                    + "or use the fpfh method"),
                    e.getMessage());
        }
    }

    @Test
    void aCancelledRequestStopsWaitingAtOnceAndASlowChildIsReplaced() {
        try (ModelProcessEmbedder p = ModelProcessEmbedder.start(fake(3, "slow"))) {
            long pid = p.pid().orElseThrow();
            long t0 = System.nanoTime();
            assertThrows(CancellationException.class, () -> p.embed(CLOUD, () -> true));
            assertTrue(System.nanoTime() - t0 < 1_500_000_000L, "cancel does not wait for the answer");
            // the answer takes 2 s, the grace is 0.3 s: the next request runs in a new child (stopped on purpose,
            // so it does not count as a crash)
            assertArrayEquals(new float[] {1, 2, 4, 5}, p.embed(CLOUD));
            assertNotEquals(pid, p.pid().orElseThrow());
            assertEquals(1, p.restarts());
        }
    }

    @Test
    void aChildThatIsNotAWorkerBreaksTheProtocolWithAClearMessage() {
        List<String> jvm = List.of("-cp", System.getProperty("java.class.path"), NotAWorker.class.getName());
        ModelProcessEmbedder.Options o = new ModelProcessEmbedder.Options(
                null,
                WorkerClasspath.javaExecutable(),
                List.of(),
                jvm,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                0);
        ModelException e = assertThrows(ModelException.class, () -> ModelProcessEmbedder.start(o));
        assertTrue(
                e.getMessage()
                        .startsWith("the model process broke the protocol (unexpected output 0x68656c6c "
                                + "instead of the protocol header (is the class path right?))"),
                e.getMessage());
    }

    /** Prints text on stdout instead of the protocol header. */
    public static final class NotAWorker {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("hello, I am not a model worker");
            System.out.flush();
            Thread.sleep(5000);
        }
    }
}
