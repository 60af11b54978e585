package org.iseg3d.modelclient;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;

/**
 * The {@code learned} embedding computed in a separate JVM, the model worker (tf-model's
 * {@code org.iseg3d.tf.worker.ModelWorker}): TensorFlow's native library is
 * loaded there and never in this process. The editor uses it because TensorFlow and an LLVM-based GL driver (Mesa
 * llvmpipe under Xvfb, and probably radeonsi) crashed in one process (SIGSEGV in libLLVM); the command line keeps the
 * in-process {@code TfEmbedder}.
 *
 * <ul>
 *   <li>{@link #start} launches the child ({@code java.home}/bin/java, class path from {@link WorkerClasspath}) and
 *       waits until the model is loaded; a model that cannot be loaded fails here with the child's message.</li>
 *   <li>The child's stderr goes to this process's log (logger {@code org.iseg3d.tf.worker.ModelWorker}); the last
 *       lines are kept for error messages.</li>
 *   <li>If the child dies, the requests in flight fail with a {@link ModelException} saying how (exit code or signal,
 *       last stderr lines); the next request starts a new child (the fine-tuning of the current shape is lost:
 *       {@link #restarts()} counts). After {@value #DEFAULT_MAX_RESTARTS} crashes it gives up.</li>
 *   <li>{@link #embed(PointCloud, BooleanSupplier)} can be cancelled: the caller stops waiting at once; the child's
 *       answer is dropped when it comes, and a child that has not answered within the grace period (default 3 s) is
 *       stopped and restarted on the next request.</li>
 *   <li>{@link #close} shuts the child down (and kills it if it does not exit); a JVM shutdown hook kills children
 *       still running; a child whose stdin closes (this JVM died) exits by itself.</li>
 * </ul>
 *
 * <p>Thread-safe: requests from several threads are sent in turn and run in the child one at a time, in the order
 * sent (so a fine-tuning step is never overlapped by an embed).
 */
public final class ModelProcessEmbedder implements FineTunableEmbedder, AutoCloseable {

    /** Same method name as the in-process model. */
    public static final String NAME = "learned";

    public static final int DEFAULT_MAX_RESTARTS = 3;

    /** The system property of the learned model's mirror views, passed on to the child (as tf-model's). */
    static final String VIEWS_PROPERTY = "iseg3d.learned.views";

    /**
     * How to start the model process.
     *
     * @param model        a model folder, or null for the model shipped with tf-model
     * @param java         the java launcher
     * @param classpath    the worker's class path
     * @param jvmArgs      extra JVM options of the child (heap, GC, …)
     * @param startTimeout how long to wait for the model to load
     * @param cancelGrace  how long a cancelled request may still run before the child is stopped
     * @param maxRestarts  crashes after which the client gives up
     */
    public record Options(
            Path model,
            Path java,
            List<Path> classpath,
            List<String> jvmArgs,
            Duration startTimeout,
            Duration cancelGrace,
            int maxRestarts) {
        public Options {
            Objects.requireNonNull(java, "java");
            classpath = List.copyOf(classpath);
            jvmArgs = List.copyOf(jvmArgs);
            Objects.requireNonNull(startTimeout, "startTimeout");
            Objects.requireNonNull(cancelGrace, "cancelGrace");
        }

        public Options withModel(Path m) {
            return new Options(m, java, classpath, jvmArgs, startTimeout, cancelGrace, maxRestarts);
        }

        public Options withCancelGrace(Duration d) {
            return new Options(model, java, classpath, jvmArgs, startTimeout, d, maxRestarts);
        }

        public Options withJvmArgs(List<String> args) {
            return new Options(model, java, classpath, args, startTimeout, cancelGrace, maxRestarts);
        }
    }

    /** What the child reported when its model was loaded. */
    public record Info(int dimension, long parameters, String folder, List<String> signatures) {}

    /**
     * Defaults with the class path found from where tf-model is installed (visible to this class's loader):
     * {@link #options(Path, List)}.
     *
     * @throws IllegalStateException when tf-model or TensorFlow is not on this class path
     */
    public static Options options(Path model) {
        return options(model, WorkerClasspath.resolve(ModelProcessEmbedder.class.getClassLoader()));
    }

    /**
     * Defaults: this JVM's java, the given worker class path, 1 GB heap, serial GC, crash
     * logs in the temp folder, {@code iseg3d.cache} passed on; 5 minutes to start (the first start ever unpacks
     * TensorFlow's native library), 3 s cancel grace.
     */
    public static Options options(Path model, List<Path> classpath) {
        List<String> jvm = new ArrayList<>(List.of(
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-XX:ErrorFile="
                        + Path.of(System.getProperty("java.io.tmpdir"), "iseg3d-model-worker-hs_err_pid%p.log")));
        String cache = System.getProperty("iseg3d.cache");
        if (cache != null && !cache.isBlank()) {
            jvm.add("-Diseg3d.cache=" + cache);
        }
        String views = System.getProperty(VIEWS_PROPERTY);
        if (views != null && !views.isBlank()) {
            jvm.add("-D" + VIEWS_PROPERTY + "=" + views.trim());
        }
        return new Options(
                model,
                WorkerClasspath.javaExecutable(),
                classpath,
                jvm,
                Duration.ofMinutes(5),
                Duration.ofSeconds(3),
                DEFAULT_MAX_RESTARTS);
    }

    /** Starts the model process with the default options and waits until the model is loaded. */
    public static ModelProcessEmbedder start(Path model) {
        return start(options(model));
    }

    /**
     * Starts the model process and waits until the model is loaded.
     *
     * @throws ModelException with the child's reason when the model cannot be loaded, or with what happened when
     *                        the process cannot start (exit code, last stderr lines)
     */
    public static ModelProcessEmbedder start(Options options) {
        ModelProcessEmbedder e = new ModelProcessEmbedder(options);
        synchronized (e) {
            e.child = e.launch();
        }
        return e;
    }

    private final Options options;
    private final RestartPolicy restartPolicy;
    private WorkerConnection child; // guarded by this
    private boolean closed; // guarded by this
    private volatile Info info;

    private ModelProcessEmbedder(Options options) {
        this.options = Objects.requireNonNull(options);
        this.restartPolicy = new RestartPolicy(options.maxRestarts());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return info.dimension();
    }

    /** What the current child reported at start. */
    public Info info() {
        return info;
    }

    public Options options() {
        return options;
    }

    /** How many times the child was started again after it died or was stopped. */
    public int restarts() {
        return restartPolicy.restarts();
    }

    /** The pid of the running child, if one runs. */
    public synchronized OptionalLong pid() {
        WorkerConnection c = child;
        return c != null && c.alive() ? OptionalLong.of(c.pid()) : OptionalLong.empty();
    }

    /** Asks the child for its info (a round trip through the protocol). */
    public Info requestInfo() {
        return WorkerMessages.info(await(send(WorkerProtocol.INFO, WorkerProtocol.EMPTY), null));
    }

    @Override
    public float[] embed(PointCloud cloud) {
        return embed(cloud, () -> false);
    }

    /**
     * Embeds the cloud in the child; N·d floats. Polls {@code cancelled} while waiting and throws a
     * {@link CancellationException} at once when it turns true (the child's answer is dropped).
     */
    public float[] embed(PointCloud cloud, BooleanSupplier cancelled) {
        ByteBuffer r = await(send(WorkerProtocol.EMBED, WorkerMessages.embedRequest(cloud)), cancelled);
        return WorkerMessages.embedding(r, cloud.size());
    }

    @Override
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        ByteBuffer r = await(
                send(WorkerProtocol.FINETUNE, WorkerMessages.finetuneRequest(cloud, positive, negative, learningRate)),
                null);
        return r.getFloat();
    }

    @Override
    public void reset() {
        await(send(WorkerProtocol.RESET, WorkerProtocol.EMPTY), null);
    }

    /** A new model process with the same options (its own weights, as loaded from the folder). */
    @Override
    public ModelProcessEmbedder fork() {
        return start(options);
    }

    /** Shuts the child down (kills it if it does not exit within 2 s); requests in flight fail. Idempotent. */
    @Override
    public void close() {
        WorkerConnection c;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            c = child;
            child = null;
        }
        if (c != null) {
            c.shutdown();
        }
    }

    // ------------------------------------------------------------------ requests

    private synchronized WorkerConnection.Call send(byte type, ByteBuffer body) {
        WorkerConnection c = live();
        if (c.hasAbandoned()) {
            if (!c.awaitAbandoned()) {
                // a cancelled request still runs past its grace: a new request must not queue behind it
                c.stop("was stopped after a cancelled request");
            }
            if (!c.alive()) {
                c = live();
            }
        }
        return c.send(type, body);
    }

    private ByteBuffer await(WorkerConnection.Call call, BooleanSupplier cancelled) {
        try {
            while (true) {
                try {
                    return call.result().get(cancelled == null ? 1000 : 20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (cancelled != null && cancelled.getAsBoolean()) {
                        call.connection()
                                .abandon(call.id(), options.cancelGrace().toMillis());
                        throw new CancellationException("cancelled");
                    }
                }
            }
        } catch (InterruptedException e) {
            call.connection().abandon(call.id(), options.cancelGrace().toMillis());
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new ModelException("the model process failed: " + c, c);
        }
    }

    /** The running child, starting a new one if the last one died. Guarded by this. */
    private WorkerConnection live() {
        if (closed) {
            throw new IllegalStateException("the model process client is closed");
        }
        WorkerConnection c = child;
        if (c != null && c.alive()) {
            return c;
        }
        restartPolicy.beforeRestart(c);
        child = launch();
        return child;
    }

    /** Starts a child and waits for its hello. Guarded by this. */
    private WorkerConnection launch() {
        WorkerLauncher.Started s = WorkerLauncher.launch(options);
        info = s.info();
        return s.connection();
    }
}
