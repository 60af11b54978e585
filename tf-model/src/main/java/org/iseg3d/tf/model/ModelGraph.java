package org.iseg3d.tf.model;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.tf.net.AdamStep;
import org.iseg3d.tf.net.EmbeddingLosses;
import org.iseg3d.tf.net.FinetuneEnergy;
import org.iseg3d.tf.net.LossConfig;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.PointNetGraph;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Builds the complete iSeg3D graph once: the network (shared by every signature), the losses of eq. 1-5 with a
 * training Adam, the fine-tuning energy of eq. 9-10 with its own Adam, snapshot variables of the weights and the
 * reset. Returns the four signatures. Not thread-safe (graph construction).
 */
final class ModelGraph {

    private ModelGraph() {}

    /** The signatures of a built graph. */
    record Built(List<Signature> signatures, long parameters) {}

    static Built build(Graph graph, NetConfig net, LossConfig loss, long seed) {
        Ops tf = Ops.create(graph);
        PointNetGraph.Network n = PointNetGraph.build(tf, net, seed);
        Placeholder<TFloat32> lr =
                tf.withName(Signatures.LEARNING_RATE).placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

        EmbeddingLosses.Terms terms = EmbeddingLosses.build(tf, n.embeddings(), loss);
        AdamStep train = new AdamStep(tf, "train", terms.total(), n.weights(), lr);
        Ops afterTrain = tf.withControlDependencies(List.of(train.step()));

        FinetuneEnergy.Built ft = FinetuneEnergy.build(tf, n.embeddings(), loss.epsCte());
        AdamStep finetune = new AdamStep(tf, "finetune", ft.energy(), n.weights(), lr);

        // snapshots: created after both optimizers so they are never trained (notes/tf-java.md pitfall 2)
        Ops init = tf.withInitScope();
        List<Op> snapshot = new ArrayList<>();
        List<Op> reset = new ArrayList<>(finetune.resetOps(tf));
        long params = 0;
        for (int i = 0; i < n.weights().size(); i++) {
            Variable<TFloat32> w = n.weights().get(i);
            Variable<TFloat32> copy = init.withName(w.op().name() + "_shipped")
                    .variable(n.initialValues().get(i));
            snapshot.add(tf.assign(copy, w));
            reset.add(tf.assign(w, copy));
            params += w.shape().size();
        }
        tf.withControlDependencies(snapshot).withName(Signatures.SNAPSHOT_OP).noOp();

        Signature.Builder embed =
                networkInputs(Signature.builder(Signatures.EMBED), n).output(Signatures.EMBEDDINGS, n.embeddings());
        Signature.Builder trainSig = networkInputs(Signature.builder(Signatures.TRAIN_STEP), n)
                .input(EmbeddingLosses.SEGMENT_OF_POINT, terms.inputs().segmentOfPoint())
                .input(EmbeddingLosses.SEGMENT_COUNT, terms.inputs().segmentCount())
                .input(EmbeddingLosses.CENTRE_SCALE, terms.inputs().centreScale())
                .input(EmbeddingLosses.CTR_WEIGHT, terms.inputs().ctrWeight())
                .input(EmbeddingLosses.PAIR_A, terms.inputs().pairA())
                .input(EmbeddingLosses.PAIR_B, terms.inputs().pairB())
                .input(EmbeddingLosses.PAIR_WEIGHT, terms.inputs().pairWeight())
                .input(EmbeddingLosses.REG_WEIGHT, terms.inputs().regWeight())
                .input(Signatures.LEARNING_RATE, lr)
                .output(Signatures.LOSS, afterTrain.withName("train_loss").identity(terms.total()))
                .output(
                        Signatures.LOSS_CTR,
                        afterTrain.withName("train_loss_ctr").identity(terms.ctr()))
                .output(
                        Signatures.LOSS_CTE,
                        afterTrain.withName("train_loss_cte").identity(terms.cte()))
                .output(
                        Signatures.LOSS_REG,
                        afterTrain.withName("train_loss_reg").identity(terms.reg()));
        Operand<TFloat32> energy = tf.withControlDependencies(List.of(finetune.step()))
                .withName("finetune_energy")
                .identity(ft.energy());
        Signature.Builder ftSig = networkInputs(Signature.builder(Signatures.FINETUNE_STEP), n)
                .input(FinetuneEnergy.POSITIVE, ft.positive())
                .input(FinetuneEnergy.NEGATIVE, ft.negative())
                .input(Signatures.LEARNING_RATE, lr)
                .output(Signatures.ENERGY, energy);
        Operand<TFloat32> done =
                tf.withControlDependencies(reset).withName("reset_done").identity(tf.constant(1f));
        Signature.Builder resetSig = Signature.builder(Signatures.RESET).output(Signatures.RESET_DONE, done);
        return new Built(List.of(embed.build(), trainSig.build(), ftSig.build(), resetSig.build()), params);
    }

    private static Signature.Builder networkInputs(Signature.Builder b, PointNetGraph.Network n) {
        PointNetGraph.Inputs in = n.inputs();
        b.input(PointNetGraph.POINTS, in.points());
        for (int l = 1; l <= NetConfig.LEVELS; l++) {
            b.input(PointNetGraph.centroidsName(l), in.centroids().get(l - 1))
                    .input(PointNetGraph.groupsName(l), in.groups().get(l - 1))
                    .input(PointNetGraph.interpIndexName(l), in.interpIndex().get(l - 1))
                    .input(PointNetGraph.interpWeightName(l), in.interpWeight().get(l - 1));
        }
        return b;
    }
}
