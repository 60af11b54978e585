package org.iseg3d.bridge.session;

import java.util.concurrent.CancellationException;

/** A cooperative cancellation flag: long work polls it and stops with a {@link CancellationException}. Thread-safe. */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Asks the work to stop; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws a {@link CancellationException} if cancelled. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
