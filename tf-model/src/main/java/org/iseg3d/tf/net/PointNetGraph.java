package org.iseg3d.tf.net;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Builds the PointNet++ SSG encoder-decoder F of iSeg3D (Sec. 3.1: z_i = F(p_i)) into a graph: three set
 * abstraction levels (gather a group, relative coordinates, shared MLP, max-pool), three feature propagation levels
 * (3-NN inverse-distance interpolation, skip connection, shared MLP) and a linear head to d channels.
 *
 * <p>Everything works on flat row tensors: the batch is concatenated row-wise and the Java-side
 * {@link GroupingIndices} address rows, so one graph serves batch 1 (inference) and batch B (training). No batch
 * norm (inference at batch 1); ReLU after every hidden layer, He-initialised from a stateless seeded normal so the
 * initial weights are deterministic. Variables have flat names (TF Java issue #413, see notes/tf-java.md).
 *
 * <p>Graph construction is not thread-safe; the built graph is.
 */
public final class PointNetGraph {

    /** Placeholder: [B, N, 6] (or [1, B·N, 6]) points, xyz then normal. */
    public static final String POINTS = "points";

    private PointNetGraph() {}

    /** The placeholders of the network, named as in the signatures. */
    public record Inputs(
            Placeholder<TFloat32> points,
            List<Placeholder<TInt32>> centroids,
            List<Placeholder<TInt32>> groups,
            List<Placeholder<TInt32>> interpIndex,
            List<Placeholder<TFloat32>> interpWeight) {}

    /**
     * The built network: its inputs, the embeddings [rows, d], the trainable weights in creation order and their
     * initial values (init-scope operands, for snapshot variables).
     */
    public record Network(
            Inputs inputs,
            Operand<TFloat32> embeddings,
            List<Variable<TFloat32>> weights,
            List<Operand<TFloat32>> initialValues) {}

    /** Signature name of SA l's centroid indices (l = 1..3). */
    public static String centroidsName(int l) {
        return "sa" + l + "_centroids";
    }

    public static String groupsName(int l) {
        return "sa" + l + "_groups";
    }

    /** Signature name of FP l's interpolation indices (level l → level l-1). */
    public static String interpIndexName(int l) {
        return "fp" + l + "_index";
    }

    public static String interpWeightName(int l) {
        return "fp" + l + "_weight";
    }

    /** Builds the network with weights initialised from {@code seed}. */
    public static Network build(Ops tf, NetConfig cfg, long seed) {
        Inputs in = placeholders(tf);
        Builder b = new Builder(tf, seed);
        Operand<TFloat32> rows = tf.reshape(in.points(), tf.constant(new int[] {-1, NetConfig.INPUT_CHANNELS}));
        Operand<TFloat32> xyz0 = slice(tf, rows, 0, 3);
        List<Operand<TFloat32>> pos = new ArrayList<>(List.of(xyz0));
        List<Operand<TFloat32>> feat = new ArrayList<>(List.of(rows));
        List<Integer> width = new ArrayList<>(List.of(NetConfig.INPUT_CHANNELS));
        for (int l = 1; l <= NetConfig.LEVELS; l++) {
            Operand<TFloat32> p = pos.get(l - 1), f = feat.get(l - 1);
            Operand<TFloat32> centre = tf.gather(p, in.centroids().get(l - 1), tf.constant(0));
            Operand<TInt32> grp = in.groups().get(l - 1);
            // relative coordinates p_j - c inside each group, scaled to order 1
            Operand<TFloat32> rel = tf.math.mul(
                    tf.math.sub(
                            tf.reshape(tf.gather(p, grp, tf.constant(0)), tf.constant(new int[] {-1, cfg.k(), 3})),
                            tf.expandDims(centre, tf.constant(1))),
                    tf.constant(cfg.relativeScales()[l - 1]));
            Operand<TFloat32> x = tf.concat(
                    List.of(tf.reshape(rel, tf.constant(new int[] {-1, 3})), tf.gather(f, grp, tf.constant(0))),
                    tf.constant(1));
            int w = 3 + width.get(l - 1);
            for (int j = 0; j < cfg.saMlps()[l - 1].length; j++) {
                int out = cfg.saMlps()[l - 1][j];
                x = b.dense("sa" + l + "_" + j, x, w, out, true);
                w = out;
            }
            // max-pool over the k members of each group
            Operand<TFloat32> pooled =
                    tf.reduceMax(tf.reshape(x, tf.constant(new int[] {-1, cfg.k(), w})), tf.constant(1));
            pos.add(centre);
            feat.add(pooled);
            width.add(w);
        }
        Operand<TFloat32> up = feat.get(NetConfig.LEVELS);
        int upWidth = width.get(NetConfig.LEVELS);
        for (int l = NetConfig.LEVELS; l >= 1; l--) {
            int kk = NetConfig.INTERP_K;
            Operand<TFloat32> nb = tf.reshape(
                    tf.gather(up, in.interpIndex().get(l - 1), tf.constant(0)),
                    tf.constant(new int[] {-1, kk, upWidth}));
            Operand<TFloat32> wgt = tf.reshape(in.interpWeight().get(l - 1), tf.constant(new int[] {-1, kk, 1}));
            // PointNet++ eq. 2: f(x) = Σ_j w_j f_j / Σ_j w_j (weights normalised in Java)
            Operand<TFloat32> interp = tf.reduceSum(tf.math.mul(nb, wgt), tf.constant(1));
            Operand<TFloat32> x = tf.concat(List.of(interp, feat.get(l - 1)), tf.constant(1));
            int w = upWidth + width.get(l - 1);
            int[] mlp = cfg.fpMlps()[NetConfig.LEVELS - l];
            for (int j = 0; j < mlp.length; j++) {
                x = b.dense("fp" + l + "_" + j, x, w, mlp[j], true);
                w = mlp[j];
            }
            up = x;
            upWidth = w;
        }
        Operand<TFloat32> z = b.dense("head", up, upWidth, cfg.embeddingDim(), false);
        return new Network(in, tf.withName("embeddings").identity(z), b.weights, b.initialValues);
    }

    private static Inputs placeholders(Ops tf) {
        Placeholder<TFloat32> points = tf.withName(POINTS)
                .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, NetConfig.INPUT_CHANNELS)));
        List<Placeholder<TInt32>> cen = new ArrayList<>(), grp = new ArrayList<>(), idx = new ArrayList<>();
        List<Placeholder<TFloat32>> w = new ArrayList<>();
        for (int l = 1; l <= NetConfig.LEVELS; l++) {
            cen.add(tf.withName(centroidsName(l)).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))));
            grp.add(tf.withName(groupsName(l)).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))));
            idx.add(tf.withName(interpIndexName(l)).placeholder(TInt32.class, Placeholder.shape(Shape.of(-1))));
            w.add(tf.withName(interpWeightName(l)).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1))));
        }
        return new Inputs(points, cen, grp, idx, w);
    }

    private static Operand<TFloat32> slice(Ops tf, Operand<TFloat32> rows, int from, int count) {
        return tf.slice(rows, tf.constant(new int[] {0, from}), tf.constant(new int[] {-1, count}));
    }

    /** Number of trainable parameters of a configuration (without building a graph). */
    public static long parameterCount(NetConfig cfg) {
        long total = 0;
        int[] width = new int[NetConfig.LEVELS + 1];
        width[0] = NetConfig.INPUT_CHANNELS;
        for (int l = 1; l <= NetConfig.LEVELS; l++) {
            int w = 3 + width[l - 1];
            for (int out : cfg.saMlps()[l - 1]) {
                total += (long) w * out + out;
                w = out;
            }
            width[l] = w;
        }
        int up = width[NetConfig.LEVELS];
        for (int l = NetConfig.LEVELS; l >= 1; l--) {
            int w = up + width[l - 1];
            for (int out : cfg.fpMlps()[NetConfig.LEVELS - l]) {
                total += (long) w * out + out;
                w = out;
            }
            up = w;
        }
        return total + (long) up * cfg.embeddingDim() + cfg.embeddingDim();
    }

    /** Creates dense layers and remembers their variables. Not thread-safe. */
    private static final class Builder {
        private final Ops tf;
        private final long seed;
        private final List<Variable<TFloat32>> weights = new ArrayList<>();
        private final List<Operand<TFloat32>> initialValues = new ArrayList<>();

        Builder(Ops tf, long seed) {
            this.tf = tf;
            this.seed = seed;
        }

        /** y = relu?(x W + b); W He-initialised (std sqrt(2/in)), b = 0. */
        Operand<TFloat32> dense(String name, Operand<TFloat32> x, int in, int out, boolean relu) {
            Ops init = tf.withInitScope();
            Operand<TFloat32> w0 = init.math.mul(
                    init.random.statelessTruncatedNormal(
                            init.constant(new int[] {in, out}), init.constant(new long[] {seed, weights.size()})),
                    init.constant((float) Math.sqrt(2.0 / in)));
            Variable<TFloat32> w = init.withName(name + "_w").variable(w0);
            Operand<TFloat32> b0 = init.zeros(init.constant(new int[] {out}), TFloat32.class);
            Variable<TFloat32> bias = init.withName(name + "_b").variable(b0);
            weights.add(w);
            weights.add(bias);
            initialValues.add(w0);
            initialValues.add(b0);
            Operand<TFloat32> y = tf.math.add(tf.linalg.matMul(x, w), bias);
            return relu ? tf.nn.relu(y) : y;
        }
    }
}
