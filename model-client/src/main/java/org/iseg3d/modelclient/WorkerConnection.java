package org.iseg3d.modelclient;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One running model process and its stdin/stdout: requests are written with a fresh id, a reader thread matches
 * each response frame to its request by id and completes that request's future (the multiplexer). Knows how the
 * process ended ({@link #death()}): every request still pending then fails with a {@link ModelException} saying how
 * (exit code or signal, last stderr lines).
 *
 * <p>{@link #send} is called under the embedder's lock (ids are handed out in order); the rest is thread-safe.
 */
final class WorkerConnection {

    private static final Logger LOG = LogManager.getLogger(ModelProcessEmbedder.class);

    private final Process process;
    private final DataOutputStream out;
    private final Map<Integer, CompletableFuture<ByteBuffer>> pending = new ConcurrentHashMap<>();
    private final Set<Integer> abandoned = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<ModelProcessEmbedder.Info> hello = new CompletableFuture<>();
    private final StderrTail tail;
    private int nextId = 1; // guarded by the embedder
    private volatile String death; // null while alive
    private volatile boolean stopped; // stopped on purpose (close, cancel grace, start failure)
    private volatile long abandonDeadline; // nanoTime until which the last cancelled request may still run
    private volatile String stopReason;

    /** A request sent on this connection. */
    record Call(WorkerConnection connection, int id, CompletableFuture<ByteBuffer> result) {}

    /** Takes over a started process: watches it for the reaper, starts its stderr and stdout readers. */
    WorkerConnection(Process p) {
        this.process = p;
        ProcessReaper.watch(p);
        this.out = new DataOutputStream(new BufferedOutputStream(p.getOutputStream(), 1 << 16));
        this.tail = new StderrTail(p);
        Thread reader = new Thread(this::read, "iseg3d-model-process-" + p.pid() + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Completes with the child's info when its model is loaded, or fails with why it could not be. */
    CompletableFuture<ModelProcessEmbedder.Info> hello() {
        return hello;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return death == null && process.isAlive();
    }

    /** Whether the child was stopped on purpose (not a crash). */
    boolean stopped() {
        return stopped;
    }

    /** How the child ended ("exited with code 1; its last output: …"), null while it runs. */
    String death() {
        return death;
    }

    /** Whether cancelled requests may still be running in the child. */
    boolean hasAbandoned() {
        return !abandoned.isEmpty();
    }

    /** Sends one request; a failure to write fails the returned call (the child is then dead). */
    Call send(byte type, ByteBuffer body) {
        int id = nextId++;
        CompletableFuture<ByteBuffer> f = new CompletableFuture<>();
        pending.put(id, f);
        try {
            WorkerProtocol.writeFrame(out, id, type, body.duplicate());
        } catch (IOException e) {
            pending.remove(id);
            f.completeExceptionally(died("cannot send the " + WorkerProtocol.typeName(type) + " request (" + e + ")"));
        }
        return new Call(this, id, f);
    }

    /**
     * The caller stopped waiting for request {@code id}: its answer will be dropped, and if the child has not
     * answered within {@code graceMs} it is stopped (started again by the next request).
     */
    void abandon(int id, long graceMs) {
        if (pending.remove(id) == null) {
            return; // already answered
        }
        abandonDeadline = System.nanoTime() + graceMs * 1_000_000L;
        abandoned.add(id);
        CompletableFuture.delayedExecutor(graceMs, TimeUnit.MILLISECONDS).execute(() -> {
            if (abandoned.contains(id) && alive()) {
                LOG.info(
                        "the model process did not finish a cancelled request within {} ms: stopping it (it starts "
                                + "again on the next request)",
                        graceMs);
                stop("was stopped after a cancelled request");
            }
        });
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

    private void read() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            readHello(in);
            while (true) {
                WorkerProtocol.Frame f = WorkerProtocol.readFrame(in);
                CompletableFuture<ByteBuffer> r = pending.remove(f.id());
                if (r == null) {
                    abandoned.remove(f.id()); // the caller gave up on it
                    continue;
                }
                if (f.tag() == WorkerProtocol.OK) {
                    r.complete(f.body());
                } else {
                    r.completeExceptionally(WorkerMessages.error(f.tag(), WorkerProtocol.getString(f.body())));
                }
            }
        } catch (EOFException e) {
            died(null);
        } catch (IOException | RuntimeException e) {
            died("broke the protocol (" + e.getMessage() + ")");
        }
    }

    private void readHello(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != WorkerProtocol.MAGIC) {
            throw new IOException(String.format(
                    "unexpected output 0x%08x instead of the protocol header " + "(is the class path right?)", magic));
        }
        int version = in.readInt();
        if (version != WorkerProtocol.VERSION) {
            throw new IOException("protocol version " + version + ", expected " + WorkerProtocol.VERSION
                    + " (a different tf-model on the class path?)");
        }
        byte status = in.readByte();
        ByteBuffer body = WorkerProtocol.readBody(in);
        if (status == WorkerProtocol.OK) {
            hello.complete(WorkerMessages.info(body));
        } else {
            String msg = WorkerProtocol.getString(body);
            RuntimeException e = WorkerMessages.error(status, msg);
            hello.completeExceptionally(
                    status == WorkerProtocol.ERR_MODEL
                            ? e
                            : new ModelException("the model process could not load the model: " + msg, e));
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
                    exit = process.waitFor(3, TimeUnit.SECONDS)
                            ? WorkerMessages.describeExit(process.exitValue())
                            : "did not exit";
                    tail.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exit = "is in an unknown state";
                }
                ProcessReaper.release(process);
                String why = stopReason != null ? stopReason : (what != null ? what + " and " : "") + exit;
                death = why + tail.text();
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

    /** Asks the child to exit (kills it if it does not within 2 s); requests in flight fail. */
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

    /** The last stderr lines, for an error message ("" when none). */
    String tailText() {
        return tail.text();
    }
}
