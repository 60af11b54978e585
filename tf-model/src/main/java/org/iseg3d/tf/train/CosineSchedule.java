package org.iseg3d.tf.train;

/**
 * Cosine annealing of the learning rate (Loshchilov and Hutter, ICLR 2017; iSeg3D Sec. 4.1, initial rate 1e-3):
 * lr(t) = lr_0 · (1 + cos(π t)) / 2 for training progress t in [0, 1], without restarts. Immutable.
 *
 * @param initial lr_0
 */
public record CosineSchedule(float initial) {

    public static final float PAPER_INITIAL = 1e-3f;

    public CosineSchedule {
        if (!(initial > 0)) {
            throw new IllegalArgumentException("initial learning rate must be positive");
        }
    }

    /** The rate at progress t (clamped to [0, 1]). */
    public float at(double progress) {
        double t = Math.min(1, Math.max(0, progress));
        return (float) (initial * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
}
