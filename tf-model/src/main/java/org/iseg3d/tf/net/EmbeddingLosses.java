package org.iseg3d.tf.net;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The prior-learning losses of iSeg3D (Sec. 3.1, eq. 1-5) as a subgraph over embeddings z [rows, d], fed with
 * {@link LossTargets}. Centres z̄_i are computed in the graph (gradients flow through them); norms are
 * sqrt(x + {@link LossConfig#NORM_EPS}) so their gradients stay finite at 0. Graph construction is not thread-safe.
 */
public final class EmbeddingLosses {

    public static final String SEGMENT_OF_POINT = "segment_of_point";
    public static final String SEGMENT_COUNT = "segment_count";
    public static final String CENTRE_SCALE = "centre_scale";
    public static final String CTR_WEIGHT = "ctr_weight";
    public static final String PAIR_A = "pair_a";
    public static final String PAIR_B = "pair_b";
    public static final String PAIR_WEIGHT = "pair_weight";
    public static final String REG_WEIGHT = "reg_weight";

    private EmbeddingLosses() {}

    /** The loss placeholders, named as in the {@code train_step} signature. */
    public record Inputs(
            Placeholder<TInt32> segmentOfPoint,
            Placeholder<TInt32> segmentCount,
            Placeholder<TFloat32> centreScale,
            Placeholder<TFloat32> ctrWeight,
            Placeholder<TInt32> pairA,
            Placeholder<TInt32> pairB,
            Placeholder<TFloat32> pairWeight,
            Placeholder<TFloat32> regWeight) {}

    /** The loss terms: total L (eq. 5), L_ctr (eq. 2), L_cte (eq. 3), L_reg (eq. 4), all scalars. */
    public record Terms(
            Inputs inputs,
            Operand<TFloat32> total,
            Operand<TFloat32> ctr,
            Operand<TFloat32> cte,
            Operand<TFloat32> reg) {}

    public static Terms build(Ops tf, Operand<TFloat32> z, LossConfig cfg) {
        Inputs in = new Inputs(
                tf.withName(SEGMENT_OF_POINT).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(SEGMENT_COUNT).placeholder(TInt32.class, Placeholder.shape(Shape.scalar())),
                tf.withName(CENTRE_SCALE).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(CTR_WEIGHT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(PAIR_A).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(PAIR_B).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(PAIR_WEIGHT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1))),
                tf.withName(REG_WEIGHT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1))));
        Operand<TInt32> axis0 = tf.constant(0);
        // Eq. (1): z̄_i = Σ_{j∈S_i} z_j / |S_i|
        Operand<TFloat32> centres = tf.math.mul(
                tf.math.unsortedSegmentSum(z, in.segmentOfPoint(), in.segmentCount()),
                tf.expandDims(in.centreScale(), tf.constant(1)));
        // Eq. (2): L_ctr = 1/K Σ_i 1/|S_i| Σ_{j∈S_i} max(‖z_j − z̄_i‖ − ε_ctr, 0)
        Operand<TFloat32> toCentre = norm(tf, tf.math.sub(z, tf.gather(centres, in.segmentOfPoint(), axis0)));
        Operand<TFloat32> ctr = tf.reduceSum(
                tf.math.mul(in.ctrWeight(), tf.nn.relu(tf.math.sub(toCentre, tf.constant(cfg.epsCtr())))), axis0);
        // Eq. (3): L_cte = 1/(K(K−1)) Σ_{i≠j} max(ε_cte − ‖z̄_i − z̄_j‖, 0)
        Operand<TFloat32> between =
                norm(tf, tf.math.sub(tf.gather(centres, in.pairA(), axis0), tf.gather(centres, in.pairB(), axis0)));
        Operand<TFloat32> cte = tf.reduceSum(
                tf.math.mul(in.pairWeight(), tf.nn.relu(tf.math.sub(tf.constant(cfg.epsCte()), between))), axis0);
        // Eq. (4): L_reg = 1/N Σ_i ‖z_i‖
        Operand<TFloat32> reg = tf.reduceSum(tf.math.mul(in.regWeight(), norm(tf, z)), axis0);
        // Eq. (5): L = λ_ctr L_ctr + λ_cte L_cte + λ_reg L_reg
        Operand<TFloat32> total = tf.math.add(
                tf.math.add(
                        tf.math.mul(tf.constant(cfg.lambdaCtr()), ctr), tf.math.mul(tf.constant(cfg.lambdaCte()), cte)),
                tf.math.mul(tf.constant(cfg.lambdaReg()), reg));
        return new Terms(in, total, ctr, cte, reg);
    }

    /** Row-wise L2 norm sqrt(Σ x² + eps) of a [rows, d] tensor. */
    static Operand<TFloat32> norm(Ops tf, Operand<TFloat32> x) {
        return tf.math.sqrt(
                tf.math.add(tf.reduceSum(tf.math.square(x), tf.constant(1)), tf.constant(LossConfig.NORM_EPS)));
    }
}
