package org.iseg3d.tf.net;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The online fine-tuning energy of iSeg3D (Sec. 3.4): E = 1/N_neg Σ_i max(ε_cte − D_i, 0) (eq. 9) with
 * D_i = min_j ‖F(c_neg_i) − F(c_pos_j)‖ (eq. 10), over embeddings z [N, d] of one shape and click point indices.
 * Graph construction is not thread-safe.
 */
public final class FinetuneEnergy {

    public static final String POSITIVE = "positive_index";
    public static final String NEGATIVE = "negative_index";

    private FinetuneEnergy() {}

    public record Built(Placeholder<TInt32> positive, Placeholder<TInt32> negative, Operand<TFloat32> energy) {}

    public static Built build(Ops tf, Operand<TFloat32> z, float epsCte) {
        Placeholder<TInt32> pos = tf.withName(POSITIVE).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        Placeholder<TInt32> neg = tf.withName(NEGATIVE).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        Operand<TInt32> axis0 = tf.constant(0);
        Operand<TFloat32> zp = tf.expandDims(tf.gather(z, pos, axis0), tf.constant(0)); // [1, P, d]
        Operand<TFloat32> zn = tf.expandDims(tf.gather(z, neg, axis0), tf.constant(1)); // [Q, 1, d]
        Operand<TFloat32> dist = tf.math.sqrt(tf.math.add(
                tf.reduceSum(tf.math.square(tf.math.sub(zn, zp)), tf.constant(2)),
                tf.constant(LossConfig.NORM_EPS))); // [Q, P]
        Operand<TFloat32> d = tf.reduceMin(dist, tf.constant(1)); // Eq. (10): D_i
        Operand<TFloat32> e = tf.math.mean(tf.nn.relu(tf.math.sub(tf.constant(epsCte), d)), axis0); // Eq. (9)
        return new Built(pos, neg, e);
    }
}
