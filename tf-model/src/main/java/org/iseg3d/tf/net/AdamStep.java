package org.iseg3d.tf.net;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * One Adam update (Kingma and Ba, ICLR 2015) of a list of weights on a loss, with the learning rate fed per step
 * (cosine annealing lives in Java). Written on the raw {@code ApplyAdam} op rather than the framework optimizer so
 * that two optimizers (training and fine-tuning) can live in one graph with flat, distinct slot names, and so that
 * {@link #resetOps} can zero the slots. Graph construction is not thread-safe.
 */
public final class AdamStep {

    public static final float BETA1 = 0.9f;
    public static final float BETA2 = 0.999f;
    public static final float EPSILON = 1e-8f;

    private final Op step;
    private final List<Variable<TFloat32>> slots = new ArrayList<>();
    private final Variable<TFloat32> beta1Power;
    private final Variable<TFloat32> beta2Power;

    /**
     * @param prefix slot variables are named {@code <weight>_<prefix>_m} / {@code _v}, beta powers
     *               {@code <prefix>_beta1_power}
     */
    public AdamStep(
            Ops tf,
            String prefix,
            Operand<TFloat32> loss,
            List<Variable<TFloat32>> weights,
            Operand<TFloat32> learningRate) {
        Ops init = tf.withInitScope();
        Gradients grads = tf.withSubScope(prefix + "_gradients").gradients(loss, weights);
        beta1Power = init.withName(prefix + "_beta1_power").variable(init.constant(BETA1));
        beta2Power = init.withName(prefix + "_beta2_power").variable(init.constant(BETA2));
        List<Op> applies = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Variable<TFloat32> w = weights.get(i);
            String name = w.op().name();
            Variable<TFloat32> m = init.withName(name + "_" + prefix + "_m").variable(zeros(init, w));
            Variable<TFloat32> v = init.withName(name + "_" + prefix + "_v").variable(zeros(init, w));
            slots.add(m);
            slots.add(v);
            applies.add(tf.train.applyAdam(
                    w,
                    m,
                    v,
                    beta1Power,
                    beta2Power,
                    learningRate,
                    tf.constant(BETA1),
                    tf.constant(BETA2),
                    tf.constant(EPSILON),
                    grads.<TFloat32>dy(i)));
        }
        Ops after = tf.withControlDependencies(applies);
        Op p1 = after.assign(beta1Power, after.math.mul(beta1Power, after.constant(BETA1)));
        Op p2 = after.assign(beta2Power, after.math.mul(beta2Power, after.constant(BETA2)));
        step = tf.withControlDependencies(List.of(p1, p2))
                .withName(prefix + "_step")
                .noOp();
    }

    /** Zeros of a variable's static shape (reading the variable in the init scope would need it initialised). */
    static Operand<TFloat32> zeros(Ops tf, Variable<TFloat32> like) {
        return tf.zeros(tf.constant(like.shape()), TFloat32.class);
    }

    /** Running this applies one update. */
    public Op step() {
        return step;
    }

    /** Ops that put the optimizer back to its initial state: slots zero, beta powers β1, β2. */
    public List<Op> resetOps(Ops tf) {
        List<Op> ops = new ArrayList<>();
        for (Variable<TFloat32> s : slots) {
            ops.add(tf.assign(s, zeros(tf, s)));
        }
        ops.add(tf.assign(beta1Power, tf.constant(BETA1)));
        ops.add(tf.assign(beta2Power, tf.constant(BETA2)));
        return ops;
    }
}
