package org.iseg3d.tf.train;

import org.iseg3d.tf.data.ReshuffleGenerator;
import org.iseg3d.tf.data.ShapeStream;
import org.iseg3d.tf.data.TrainingShape;

/**
 * Training data from the reshuffle generator (paper Sec. 3.1, our stand-in for ABC Reshuffle), resumable at any
 * shape index. Used by the trainer's prefetch thread only; not thread-safe.
 */
public final class ReshuffleSource implements ShapeSource {

    private final ShapeStream stream;
    private long position;

    /**
     * @param seed     generator seed
     * @param points   points per shape
     * @param position index of the first shape (the data position of a resumed run)
     * @param threads  generator threads
     */
    public ReshuffleSource(long seed, int points, long position, int threads) {
        this.stream = new ShapeStream(new ReshuffleGenerator(seed, points), position, 16, threads);
        this.position = position;
    }

    @Override
    public TrainingShape next() throws InterruptedException {
        TrainingShape s = stream.take(); // in index order
        position++;
        return s;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        stream.close();
    }
}
