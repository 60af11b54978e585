package org.iseg3d.bridge.session;

/**
 * Progress of long session work (opening: sampling, neighbours, embedding, transfer; write-back preparation).
 * Called on the worker thread: forward to the UI thread yourself (e.g. a NetBeans {@code ProgressHandle}).
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (stage, fraction) -> {};

    /**
     * @param stage    short stage name, e.g. {@code "embedding"}
     * @param fraction overall progress in [0, 1]
     */
    void progress(String stage, double fraction);
}
