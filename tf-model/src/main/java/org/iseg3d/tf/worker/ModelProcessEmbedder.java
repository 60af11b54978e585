package org.iseg3d.tf.worker;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.tf.model.ModelException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The {@code learned} embedding computed in a separate JVM, the {@link ModelWorker}: TensorFlow's native library is
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

    private static final Logger LOG = LogManager.getLogger(ModelProcessEmbedder.class);
    private static final Logger CHILD_LOG = LogManager.getLogger(ModelWorker.class);
    private static final int TAIL_LINES = 40;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "iseg3d-model-process-reaper"));
    }

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
    public record Options(Path model, Path java, List<Path> classpath, List<String> jvmArgs, Duration startTimeout,
                          Duration cancelGrace, int maxRestarts) {
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
    public record Info(int dimension, long parameters, String folder, List<String> signatures) {
    }

    /**
     * Defaults: this JVM's java, the class path found from where tf-model is installed, 1 GB heap, serial GC, crash
     * logs in the temp folder, {@code iseg3d.cache} passed on; 5 minutes to start (the first start ever unpacks
     * TensorFlow's native library), 3 s cancel grace.
     */
    public static Options options(Path model) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "iseg3d-model-worker-hs_err_pid%p.log")));
        String cache = System.getProperty("iseg3d.cache");
        if (cache != null && !cache.isBlank()) {
            jvm.add("-Diseg3d.cache=" + cache);
        }
        String views = System.getProperty(org.iseg3d.tf.model.TfEmbedder.VIEWS_PROPERTY);
        if (views != null && !views.isBlank()) {
            jvm.add("-D" + org.iseg3d.tf.model.TfEmbedder.VIEWS_PROPERTY + "=" + views.trim());
        }
        return new Options(model, WorkerClasspath.javaExecutable(),
                WorkerClasspath.resolve(ModelProcessEmbedder.class.getClassLoader()), jvm, Duration.ofMinutes(5),
                Duration.ofSeconds(3), DEFAULT_MAX_RESTARTS);
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
    private Child child;             // guarded by this
    private boolean closed;          // guarded by this
    private volatile int restarts;
    private int crashes;             // guarded by this
    private volatile Info info;

    private ModelProcessEmbedder(Options options) {
        this.options = Objects.requireNonNull(options);
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
        return restarts;
    }

    /** The pid of the running child, if one runs. */
    public synchronized OptionalLong pid() {
        Child c = child;
        return c != null && c.alive() ? OptionalLong.of(c.process.pid()) : OptionalLong.empty();
    }

    /** Asks the child for its info (a round trip through the protocol). */
    public Info requestInfo() {
        return parseInfo(await(send(WorkerProtocol.INFO, WorkerProtocol.EMPTY), null));
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
        ByteBuffer b = ByteBuffer.allocate(WorkerProtocol.sizeOf(cloud.xyz()) + WorkerProtocol.sizeOf(cloud.normals()));
        WorkerProtocol.putFloats(b, cloud.xyz());
        WorkerProtocol.putFloats(b, cloud.normals());
        ByteBuffer r = await(send(WorkerProtocol.EMBED, b.flip()), cancelled);
        try {
            int d = r.getInt();
            float[] z = WorkerProtocol.getFloats(r);
            if (z.length != cloud.size() * d) {
                throw new ModelException("the model process returned " + z.length + " floats for " + cloud.size()
                        + " points × " + d);
            }
            return z;
        } catch (IOException | java.nio.BufferUnderflowException e) {
            throw new ModelException("the model process sent a malformed embedding: " + e.getMessage(), e);
        }
    }

    @Override
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        ByteBuffer b = ByteBuffer.allocate(WorkerProtocol.sizeOf(cloud.xyz()) + WorkerProtocol.sizeOf(cloud.normals())
                + WorkerProtocol.sizeOf(positive) + WorkerProtocol.sizeOf(negative) + 4);
        WorkerProtocol.putFloats(b, cloud.xyz());
        WorkerProtocol.putFloats(b, cloud.normals());
        WorkerProtocol.putInts(b, positive);
        WorkerProtocol.putInts(b, negative);
        b.putFloat(learningRate);
        ByteBuffer r = await(send(WorkerProtocol.FINETUNE, b.flip()), null);
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
        Child c;
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

    /** A request sent to one child. */
    private record Call(Child child, int id, CompletableFuture<ByteBuffer> result) {
    }

    private synchronized Call send(byte type, ByteBuffer body) {
        Child c = live();
        if (!c.abandoned.isEmpty()) {
            if (!c.awaitAbandoned()) {
                // a cancelled request still runs past its grace: a new request must not queue behind it
                c.stop("was stopped after a cancelled request");
            }
            if (!c.alive()) {
                c = live();
            }
        }
        int id = c.nextId++;
        CompletableFuture<ByteBuffer> f = new CompletableFuture<>();
        c.pending.put(id, f);
        try {
            WorkerProtocol.writeFrame(c.out, id, type, body.duplicate());
        } catch (IOException e) {
            c.pending.remove(id);
            f.completeExceptionally(c.died("cannot send the " + WorkerProtocol.typeName(type) + " request (" + e
                    + ")"));
        }
        return new Call(c, id, f);
    }

    private ByteBuffer await(Call call, BooleanSupplier cancelled) {
        try {
            while (true) {
                try {
                    return call.result().get(cancelled == null ? 1000 : 20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (cancelled != null && cancelled.getAsBoolean()) {
                        abandon(call);
                        throw new CancellationException("cancelled");
                    }
                }
            }
        } catch (InterruptedException e) {
            abandon(call);
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

    private void abandon(Call call) {
        Child c = call.child();
        if (c.pending.remove(call.id()) == null) {
            return;   // already answered
        }
        long graceMs = options.cancelGrace().toMillis();
        c.abandonDeadline = System.nanoTime() + graceMs * 1_000_000L;
        c.abandoned.add(call.id());
        CompletableFuture.delayedExecutor(graceMs, TimeUnit.MILLISECONDS).execute(() -> {
            if (c.abandoned.contains(call.id()) && c.alive()) {
                LOG.info("the model process did not finish a cancelled request within {} ms: stopping it (it starts "
                        + "again on the next request)", graceMs);
                c.stop("was stopped after a cancelled request");
            }
        });
    }

    /** The running child, starting a new one if the last one died. Guarded by this. */
    private Child live() {
        if (closed) {
            throw new IllegalStateException("the model process client is closed");
        }
        Child c = child;
        if (c != null && c.alive()) {
            return c;
        }
        if (c != null && !c.stopped) {
            if (crashes >= options.maxRestarts()) {
                throw new ModelException("the model process " + c.death + "; it stopped " + (crashes + 1)
                        + " times, so it is not started again: reopen the model, or use the fpfh method");
            }
            crashes++;
            LOG.warn("the model process {}: starting it again (fine-tuning of the current shape is lost)", c.death);
        }
        restarts++;
        child = launch();
        return child;
    }

    /** Starts a child and waits for its hello. */
    private Child launch() {
        List<String> cmd = new ArrayList<>();
        cmd.add(options.java().toString());
        cmd.addAll(options.jvmArgs());
        cmd.add("-cp");
        cmd.add(WorkerClasspath.join(options.classpath()));
        cmd.add(ModelWorker.class.getName());
        if (options.model() != null) {
            cmd.add("--model");
            cmd.add(options.model().toAbsolutePath().toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "2");
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ModelException("cannot start the model process (" + options.java() + "): " + e.getMessage()
                    + "; use the fpfh method, or turn off \"Run the model in a separate process\"", e);
        }
        Child c = new Child(p);
        try {
            Info i = c.hello.get(options.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            info = i;
            LOG.info("model process pid {} ready in {} ms: {} (d = {}, {} parameters, signatures {})", p.pid(),
                    (System.nanoTime() - t0) / 1_000_000, i.folder(), i.dimension(), i.parameters(), i.signatures());
            return c;
        } catch (TimeoutException e) {
            c.stop("did not load the model within " + options.startTimeout().toSeconds() + " s");
            throw new ModelException("the model process did not load the model within "
                    + options.startTimeout().toSeconds() + " s" + c.tailText(), e);
        } catch (InterruptedException e) {
            c.stop("was stopped while starting");
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the model process started");
        } catch (ExecutionException e) {
            c.stop("failed to start");
            throw e.getCause() instanceof RuntimeException re ? re
                    : new ModelException("the model process failed to start: " + e.getCause(), e.getCause());
        }
    }

    private static Info parseInfo(ByteBuffer b) {
        try {
            int d = b.getInt();
            long params = b.getLong();
            String folder = WorkerProtocol.getString(b);
            int k = b.getInt();
            List<String> sigs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                sigs.add(WorkerProtocol.getString(b));
            }
            return new Info(d, params, folder, List.copyOf(sigs));
        } catch (IOException | java.nio.BufferUnderflowException e) {
            throw new ModelException("the model process sent a malformed info frame: " + e.getMessage(), e);
        }
    }

    static RuntimeException error(byte status, String message) {
        return switch (status) {
            case WorkerProtocol.ERR_MODEL -> new ModelException(message);
            case WorkerProtocol.ERR_ARGUMENT -> new IllegalArgumentException(message);
            case WorkerProtocol.ERR_UNSUPPORTED -> new UnsupportedOperationException(message);
            default -> new ModelException("the model process failed: " + message);
        };
    }

    /** "exited with code 2", "was killed by signal 9 (SIGKILL)", … */
    static String describeExit(int code) {
        if (code > 128 && code < 160) {
            int sig = code - 128;
            String name = switch (sig) {
                case 6 -> "SIGABRT";
                case 9 -> "SIGKILL";
                case 11 -> "SIGSEGV";
                case 15 -> "SIGTERM";
                default -> "signal " + sig;
            };
            return "was killed by signal " + sig + " (" + name + ", exit code " + code + ")";
        }
        return "exited with code " + code;
    }

    // ------------------------------------------------------------------ one child process

    private final class Child {
        final Process process;
        final DataOutputStream out;
        final Map<Integer, CompletableFuture<ByteBuffer>> pending = new ConcurrentHashMap<>();
        final Set<Integer> abandoned = ConcurrentHashMap.newKeySet();
        final CompletableFuture<Info> hello = new CompletableFuture<>();
        private final Deque<String> tail = new ArrayDeque<>();
        private final Thread stderrPump;
        int nextId = 1;                  // guarded by the embedder
        volatile String death;           // null while alive
        volatile boolean stopped;        // stopped on purpose (close, cancel grace, start failure)
        volatile long abandonDeadline;   // nanoTime until which the last cancelled request may still run
        private volatile String stopReason;

        Child(Process p) {
            this.process = p;
            LIVE.add(p);
            this.out = new DataOutputStream(new BufferedOutputStream(p.getOutputStream(), 1 << 16));
            long pid = p.pid();
            stderrPump = new Thread(() -> pumpStderr(pid), "iseg3d-model-process-" + pid + "-stderr");
            stderrPump.setDaemon(true);
            stderrPump.start();
            Thread reader = new Thread(this::read, "iseg3d-model-process-" + pid + "-reader");
            reader.setDaemon(true);
            reader.start();
        }

        boolean alive() {
            return death == null && process.isAlive();
        }

        /** Waits until the cancelled requests have answered or their grace is over; true if they answered. */
        boolean awaitAbandoned() {
            while (!abandoned.isEmpty() && alive()) {
                long left = abandonDeadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    Thread.sleep(Math.min(10, Math.max(1, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        private void pumpStderr(long pid) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                    CHILD_LOG.info("[model process {}] {}", pid, line);
                }
            } catch (IOException e) {
                LOG.debug("stderr of the model process {}: {}", pid, e.toString());
            }
        }

        private void read() {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
                int magic = in.readInt();
                if (magic != WorkerProtocol.MAGIC) {
                    throw new IOException(String.format("unexpected output 0x%08x instead of the protocol header "
                            + "(is the class path right?)", magic));
                }
                int version = in.readInt();
                if (version != WorkerProtocol.VERSION) {
                    throw new IOException("protocol version " + version + ", expected " + WorkerProtocol.VERSION
                            + " (a different tf-model on the class path?)");
                }
                byte status = in.readByte();
                ByteBuffer body = WorkerProtocol.readBody(in);
                if (status == WorkerProtocol.OK) {
                    hello.complete(parseInfo(body));
                } else {
                    String msg = WorkerProtocol.getString(body);
                    RuntimeException e = error(status, msg);
                    hello.completeExceptionally(status == WorkerProtocol.ERR_MODEL ? e
                            : new ModelException("the model process could not load the model: " + msg, e));
                }
                while (true) {
                    WorkerProtocol.Frame f = WorkerProtocol.readFrame(in);
                    CompletableFuture<ByteBuffer> r = pending.remove(f.id());
                    if (r == null) {
                        abandoned.remove(f.id());   // the caller gave up on it
                        continue;
                    }
                    if (f.tag() == WorkerProtocol.OK) {
                        r.complete(f.body());
                    } else {
                        r.completeExceptionally(error(f.tag(), WorkerProtocol.getString(f.body())));
                    }
                }
            } catch (EOFException e) {
                died(null);
            } catch (IOException | RuntimeException e) {
                died("broke the protocol (" + e.getMessage() + ")");
            }
        }

        /** Records the death (once), fails what is pending; returns the exception for the caller. */
        ModelException died(String what) {
            synchronized (this) {
                if (death == null) {
                    if (what != null && process.isAlive()) {
                        process.destroyForcibly();
                    }
                    String exit;
                    try {
                        exit = process.waitFor(3, TimeUnit.SECONDS) ? describeExit(process.exitValue())
                                : "did not exit";
                        stderrPump.join(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        exit = "is in an unknown state";
                    }
                    LIVE.remove(process);
                    String why = stopReason != null ? stopReason : (what != null ? what + " and " : "") + exit;
                    death = why + tailText();
                    if (!stopped) {
                        LOG.warn("the model process (pid {}) {}", process.pid(), death);
                    }
                }
            }
            ModelException e = new ModelException("the model process " + death);
            hello.completeExceptionally(e);
            for (Integer id : List.copyOf(pending.keySet())) {
                CompletableFuture<ByteBuffer> f = pending.remove(id);
                if (f != null) {
                    f.completeExceptionally(e);
                }
            }
            return e;
        }

        /** Stops the child on purpose; it is started again by the next request. */
        void stop(String reason) {
            stopped = true;
            stopReason = reason;
            process.destroyForcibly();
            died(null);
        }

        void shutdown() {
            stopped = true;
            stopReason = "was shut down";
            try {
                WorkerProtocol.writeFrame(out, 0, WorkerProtocol.SHUTDOWN, WorkerProtocol.EMPTY.duplicate());
                out.close();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            died(null);
        }

        String tailText() {
            List<String> last;
            synchronized (tail) {
                last = new ArrayList<>(tail);
            }
            last.removeIf(String::isBlank);
            if (last.isEmpty()) {
                return "";
            }
            return "; its last output: " + String.join(" | ", last.subList(Math.max(0, last.size() - 6),
                    last.size()));
        }
    }
}
