package org.iseg3d.tf.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.iseg3d.tf.data.TrainingShape;

/**
 * Runs the shape source and the Java-side grouping on a background thread, a few batches ahead of the training
 * step, so the step does not wait for data. Batches come out in data order. The source is used only by the
 * prefetch thread; {@link #take} is for one consumer thread. Closing stops the thread and closes the source.
 */
public final class Prefetcher implements AutoCloseable {

    private final BlockingQueue<TrainingBatch> queue;
    private final Thread thread;
    private final ShapeSource source;
    private volatile Throwable failure;

    public Prefetcher(ShapeSource source, BatchAssembler assembler, int batch, int depth) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(depth);
        this.thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            List<TrainingShape> shapes = new ArrayList<>(batch);
                            for (int b = 0; b < batch; b++) {
                                shapes.add(source.next());
                            }
                            queue.put(assembler.assemble(shapes, source.position()));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Throwable t) {
                        failure = t;
                        LogManager.getLogger(Prefetcher.class).error("training data failed", t);
                    }
                },
                "iseg3d-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch; throws if the data thread failed. */
    public TrainingBatch take() throws InterruptedException {
        while (true) {
            TrainingBatch b = queue.poll(200, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (failure != null) {
                throw new IllegalStateException("training data failed: " + failure, failure);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
