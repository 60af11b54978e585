package org.iseg3d.modelclient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Starts a model process for {@link ModelProcessEmbedder.Options}: the command line ({@code java}, JVM options,
 * class path, the worker's main class {@value #WORKER_MAIN}, {@code --model DIR}), then waits for its hello. A model
 * that cannot be loaded fails here with the child's message; a child that cannot start with what happened to it.
 */
final class WorkerLauncher {

    /** The worker's main class (in tf-model; looked up by name, never loaded here). */
    static final String WORKER_MAIN = "org.iseg3d.tf.worker.ModelWorker";

    private static final Logger LOG = LogManager.getLogger(ModelProcessEmbedder.class);

    /** A started child and what it reported. */
    record Started(WorkerConnection connection, ModelProcessEmbedder.Info info) {}

    private WorkerLauncher() {}

    /** The child's command line. */
    static List<String> command(ModelProcessEmbedder.Options options) {
        List<String> cmd = new ArrayList<>();
        cmd.add(options.java().toString());
        cmd.addAll(options.jvmArgs());
        cmd.add("-cp");
        cmd.add(WorkerClasspath.join(options.classpath()));
        cmd.add(WORKER_MAIN);
        Path model = options.model();
        if (model != null) {
            cmd.add("--model");
            cmd.add(model.toAbsolutePath().toString());
        }
        return cmd;
    }

    /** Starts a child and waits for its hello. */
    static Started launch(ModelProcessEmbedder.Options options) {
        ProcessBuilder pb = new ProcessBuilder(command(options));
        pb.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "2");
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ModelException(
                    "cannot start the model process (" + options.java() + "): " + e.getMessage()
                            + "; use the fpfh method, or turn off \"Run the model in a separate process\"",
                    e);
        }
        WorkerConnection c = new WorkerConnection(p);
        try {
            ModelProcessEmbedder.Info i = c.hello().get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info(
                    "model process pid {} ready in {} ms: {} (d = {}, {} parameters, signatures {})",
                    p.pid(),
                    (System.nanoTime() - t0) / 1_000_000,
                    i.folder(),
                    i.dimension(),
                    i.parameters(),
                    i.signatures());
            return new Started(c, i);
        } catch (TimeoutException e) {
            c.stop("did not load the model within " + options.startTimeout().toSeconds() + " s");
            throw new ModelException(
                    "the model process did not load the model within "
                            + options.startTimeout().toSeconds() + " s" + c.tailText(),
                    e);
        } catch (InterruptedException e) {
            c.stop("was stopped while starting");
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the model process started");
        } catch (ExecutionException e) {
            c.stop("failed to start");
            throw e.getCause() instanceof RuntimeException re
                    ? re
                    : new ModelException("the model process failed to start: " + e.getCause(), e.getCause());
        }
    }
}
