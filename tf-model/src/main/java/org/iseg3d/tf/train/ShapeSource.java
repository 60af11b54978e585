package org.iseg3d.tf.train;

import org.iseg3d.tf.data.TrainingShape;

/**
 * An ordered, deterministic stream of training shapes. {@link #position()} is the index of the shape the next
 * {@link #next()} returns, so a training run can be resumed from the same data position. Implementations say
 * whether they are thread-safe; the trainer calls them from its single prefetch thread.
 */
public interface ShapeSource extends AutoCloseable {

    /** The next shape (may block while it is generated). */
    TrainingShape next() throws InterruptedException;

    /** Index of the shape {@link #next()} returns next. */
    long position();

    @Override
    default void close() {}
}
