package org.iseg3d.core.finetune;

import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;

/**
 * A one-weight fine-tunable embedder for tests: z_i = s · p_i (the unit-sphere coordinates scaled by s), and a
 * finetune step that is exact gradient descent on eq. 9-10 for that model: D_i = s · d_i with d_i the Euclidean
 * distance of negative i to its nearest positive, E = mean max(0.75 − s d_i, 0), dE/ds = −mean over active i of
 * d_i, applied in log space (s ← s·exp(−lr·s·dE/ds), gradient descent on log s, so s stays positive). A learning
 * rate of {@link Float#MAX_VALUE} makes s infinite (divergence); E of infinite weights is NaN. Counts calls.
 */
final class ScaleEmbedder implements FineTunableEmbedder {

    static final float EPS_CTE = 0.75f;

    float scale = 1f;
    int steps;
    int resets;
    boolean supported = true;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public float[] embed(PointCloud cloud) {
        float[] z = cloud.xyz().clone();
        for (int i = 0; i < z.length; i++) {
            z[i] *= scale;
        }
        return z;
    }

    @Override
    public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        if (!supported) {
            throw new UnsupportedOperationException("the model has no 'finetune_step' signature");
        }
        steps++;
        double e = 0, grad = 0;
        for (int n : negative) {
            double d = Double.MAX_VALUE;
            for (int p : positive) {
                d = Math.min(d, Math.sqrt(cloud.distanceSq(n, p)));
            }
            double margin = EPS_CTE - scale * d; // eq. 9: max(ε_cte − D_i, 0), D_i = s·d_i (eq. 10)
            if (margin > 0) {
                e += margin;
                grad -= d;
            }
        }
        e /= negative.length;
        grad /= negative.length;
        float before = (float) e;
        if (Float.isInfinite(scale) || Float.isNaN(scale)) {
            before = Float.NaN;
        }
        scale = (float) (scale * Math.exp(-(double) learningRate * scale * grad));
        return before;
    }

    @Override
    public void reset() {
        resets++;
        scale = 1f;
    }

    @Override
    public FineTunableEmbedder fork() {
        return new ScaleEmbedder();
    }
}
