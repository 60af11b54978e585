package org.iseg3d.tf.data;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Prefetches training shapes on background threads so training never waits for data, and hands them out in
 * index order: {@link #take()} returns shapes firstIndex, firstIndex+1, ... exactly as
 * {@link ReshuffleGenerator#shape(long)} would.
 *
 * <p>Workers claim the next index only after taking one of {@code capacity} permits, and {@code take} returns a
 * permit, so at most {@code capacity} shapes are claimed but not yet taken; they are consecutive, hence slot
 * {@code index % capacity} of the ring is free for each. {@code take} is meant for one consumer thread; a failure
 * in a worker is rethrown by {@code take}. {@link #close()} stops and joins the workers (daemon threads).
 */
public final class ShapeStream implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(ShapeStream.class);

    private final ReshuffleGenerator generator;
    private final TrainingShape[] ring;
    private final Semaphore permits;
    private final AtomicLong claimed;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    private final Thread[] workers;
    private long next;
    private volatile RuntimeException failure;
    private volatile boolean closed;

    public ShapeStream(ReshuffleGenerator generator, long firstIndex, int capacity, int threads) {
        if (generator == null) {
            throw new IllegalArgumentException("generator must not be null");
        }
        if (firstIndex < 0 || capacity < 1 || threads < 1) {
            throw new IllegalArgumentException("need firstIndex >= 0, capacity >= 1 and threads >= 1, got " + firstIndex
                    + ", " + capacity + ", " + threads);
        }
        this.generator = generator;
        this.ring = new TrainingShape[capacity];
        this.permits = new Semaphore(capacity);
        this.claimed = new AtomicLong(firstIndex);
        this.next = firstIndex;
        this.workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(this::work, "reshuffle-stream-" + t);
            workers[t].setDaemon(true);
            workers[t].start();
        }
        LOG.debug("shape stream from index {} with {} slots on {} threads", firstIndex, capacity, threads);
    }

    /** The next shape in index order, waiting until it is ready. */
    public TrainingShape take() throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("shape stream is closed");
            }
            int slot = (int) Math.floorMod(next, (long) ring.length);
            while (ring[slot] == null) {
                if (closed) {
                    throw new IllegalStateException("shape stream is closed");
                }
                if (failure != null) {
                    throw new IllegalStateException("shape generation failed", failure);
                }
                filled.await();
            }
            TrainingShape s = ring[slot];
            ring[slot] = null;
            next++;
            permits.release();
            return s;
        } finally {
            lock.unlock();
        }
    }

    /** Index of the shape the next {@link #take()} returns. */
    public long nextIndex() {
        lock.lock();
        try {
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the workers and waits for them; idempotent. Shapes not yet taken are dropped. */
    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            w.interrupt();
        }
        boolean interrupted = false;
        for (Thread w : workers) {
            while (w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        lock.lock();
        try {
            filled.signalAll();
        } finally {
            lock.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        try {
            while (!closed) {
                permits.acquire();
                long index = claimed.getAndIncrement();
                TrainingShape shape = generator.shape(index);
                lock.lock();
                try {
                    ring[(int) Math.floorMod(index, (long) ring.length)] = shape;
                    filled.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        } catch (RuntimeException e) {
            LOG.error("reshuffle shape generation failed", e);
            failure = e;
            lock.lock();
            try {
                filled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
