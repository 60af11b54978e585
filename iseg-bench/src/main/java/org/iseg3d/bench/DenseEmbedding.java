package org.iseg3d.bench;

import java.util.stream.IntStream;
import org.iseg3d.core.knn.KdTree;

/**
 * An embedding of a dense cloud from the embedding of a subsample: each point gets the inverse-distance weighted mean
 * of its 3 nearest subsample points' rows (weights 1/(d + 1e-8), as the model's feature propagation). Used by
 * {@code iseg3d bench} to time clicks at 100k and 1M points with the learned embedding, which is run at 4096 points.
 */
public final class DenseEmbedding {

    private DenseEmbedding() {}

    /**
     * @param subXyz subsample coordinates (3M)
     * @param subEmb subsample embedding (M·d)
     * @param xyz    the dense cloud (3N)
     * @return N·d floats
     */
    public static float[] interpolate(float[] subXyz, float[] subEmb, int d, float[] xyz) {
        KdTree tree = new KdTree(subXyz);
        int n = xyz.length / 3;
        float[] out = new float[n * d];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] idx = new int[3];
            float[] dsq = new float[3];
            int k = tree.knn(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], 3, idx, dsq);
            double wsum = 0;
            double[] w = new double[k];
            for (int j = 0; j < k; j++) {
                w[j] = 1.0 / (Math.sqrt(dsq[j]) + 1e-8);
                wsum += w[j];
            }
            for (int j = 0; j < k; j++) {
                float wj = (float) (w[j] / wsum);
                int o = idx[j] * d;
                for (int a = 0; a < d; a++) {
                    out[i * d + a] += wj * subEmb[o + a];
                }
            }
        });
        return out;
    }
}
