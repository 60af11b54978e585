package org.iseg3d.core.finetune;

/**
 * What online fine-tuning did on one shape (all its parts), for reports.
 *
 * @param roundNanos wall time of each accepted round (steps + re-embedding)
 * @param steps      optimizer steps of the accepted rounds
 * @param rollbacks  rounds that diverged and were rolled back
 * @param unsupported whether the model turned out to have no fine-tuning step
 */
public record FinetuneStats(long[] roundNanos, int steps, int rollbacks, boolean unsupported) {

    /** Nothing ran (fine-tuning off or not applicable). */
    public static final FinetuneStats NONE = new FinetuneStats(new long[0], 0, 0, false);

    public int rounds() {
        return roundNanos.length;
    }
}
