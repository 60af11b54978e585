package org.iseg3d.modelclient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The model process's stderr: each line goes to this process's log (logger
 * {@value #CHILD_LOGGER}), and the last {@value #LINES} lines are kept for error messages. One daemon thread per
 * child reads the stream until it ends.
 */
final class StderrTail {

    /** The logger the child's lines are logged under: the worker's main class. */
    static final String CHILD_LOGGER = "org.iseg3d.tf.worker.ModelWorker";

    static final int LINES = 40;

    private static final Logger LOG = LogManager.getLogger(StderrTail.class);
    private static final Logger CHILD_LOG = LogManager.getLogger(CHILD_LOGGER);

    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread pump;

    /** Starts reading the stderr of {@code process}. */
    StderrTail(Process process) {
        long pid = process.pid();
        pump = new Thread(() -> pump(process, pid), "iseg3d-model-process-" + pid + "-stderr");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(Process process, long pid) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > LINES) {
                        tail.removeFirst();
                    }
                }
                CHILD_LOG.info("[model process {}] {}", pid, line);
            }
        } catch (IOException e) {
            LOG.debug("stderr of the model process {}: {}", pid, e.toString());
        }
    }

    /** Waits up to {@code millis} until the stream has been read to its end (after the child exited). */
    void join(long millis) throws InterruptedException {
        pump.join(millis);
    }

    /** "; its last output: a | b | …" (the last six non-blank lines), or "" when the child printed nothing. */
    String text() {
        List<String> last;
        synchronized (tail) {
            last = new ArrayList<>(tail);
        }
        last.removeIf(String::isBlank);
        if (last.isEmpty()) {
            return "";
        }
        return "; its last output: " + String.join(" | ", last.subList(Math.max(0, last.size() - 6), last.size()));
    }
}
