package org.iseg3d.core.finetune;

import java.util.Arrays;

/** Accumulates the rounds of one shape into {@link FinetuneStats}. Not thread-safe. */
public final class FinetuneLog {

    private long[] nanos = new long[16];
    private int rounds;
    private int steps;
    private int rollbacks;
    private boolean unsupported;

    public void add(FineTuner.Round r) {
        switch (r.status()) {
            case TUNED -> {
                if (rounds == nanos.length) {
                    nanos = Arrays.copyOf(nanos, 2 * rounds);
                }
                nanos[rounds++] = r.nanos();
                steps += r.energies().length;
            }
            case ROLLED_BACK -> rollbacks++;
            case UNSUPPORTED -> unsupported = true;
            default -> {}
        }
    }

    public FinetuneStats stats() {
        return new FinetuneStats(Arrays.copyOf(nanos, rounds), steps, rollbacks, unsupported);
    }
}
