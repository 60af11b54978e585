package org.iseg3d.tf.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The loss subgraph on fixed embeddings against hand-computed values of eq. 1-5. */
class EmbeddingLossesTest {

    /** [total, ctr, cte, reg] of the loss subgraph for fixed z [rows, d]. */
    private static float[] evaluate(float[] z, int d, LossTargets t) {
        try (Graph g = new Graph();
                Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> zp = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
            EmbeddingLosses.Terms terms = EmbeddingLosses.build(tf, zp, LossConfig.PAPER);
            EmbeddingLosses.Inputs in = terms.inputs();
            try (TFloat32 zt = TFloat32.tensorOf(Shape.of(z.length / d, d), DataBuffers.of(z));
                    TInt32 seg = ints(t.segmentOfPoint());
                    TInt32 cnt = TInt32.scalarOf(t.segmentCount());
                    TFloat32 cs = floats(t.centreScale());
                    TFloat32 cw = floats(t.ctrWeight());
                    TInt32 pa = ints(t.pairA());
                    TInt32 pb = ints(t.pairB());
                    TFloat32 pw = floats(t.pairWeight());
                    TFloat32 rw = floats(t.regWeight());
                    Result r = s.runner()
                            .feed(zp, zt)
                            .feed(in.segmentOfPoint(), seg)
                            .feed(in.segmentCount(), cnt)
                            .feed(in.centreScale(), cs)
                            .feed(in.ctrWeight(), cw)
                            .feed(in.pairA(), pa)
                            .feed(in.pairB(), pb)
                            .feed(in.pairWeight(), pw)
                            .feed(in.regWeight(), rw)
                            .fetch(terms.total())
                            .fetch(terms.ctr())
                            .fetch(terms.cte())
                            .fetch(terms.reg())
                            .run()) {
                float[] out = new float[4];
                for (int i = 0; i < 4; i++) {
                    out[i] = ((TFloat32) r.get(i)).getFloat();
                }
                return out;
            }
        }
    }

    private static TInt32 ints(int[] v) {
        return TInt32.tensorOf(Shape.of(v.length), DataBuffers.of(v));
    }

    private static TFloat32 floats(float[] v) {
        return TFloat32.tensorOf(Shape.of(v.length), DataBuffers.of(v));
    }

    // segment 0: (0,0), (1,0) -> centre (0.5,0), both 0.5 away: hinge 0.25 each, mean 0.25
    // segment 1: (0,.5), (0,.5) -> centre (0,.5), 0 away
    // L_ctr = (0.25 + 0) / 2 = 0.125; centres sqrt(0.5) = 0.7071 apart: L_cte = 0.75 - 0.70711 = 0.042893
    // L_reg = (0 + 1 + 0.5 + 0.5) / 4 = 0.5; L = 0.125 + 0.042893 + 1e-4 * 0.5
    private static final float[] Z = {0, 0, 1, 0, 0, .5f, 0, .5f};
    private static final int[] SEG = {0, 0, 1, 1};

    @Test
    void matchesHandComputedValues() {
        float[] v = evaluate(Z, 2, LossTargets.of(List.of(SEG), new int[] {2}));
        assertEquals(0.125f, v[1], 1e-5f);
        assertEquals(0.75f - (float) Math.sqrt(0.5), v[2], 1e-5f);
        assertEquals(0.5f, v[3], 1e-5f);
        assertEquals(0.125f + 0.75f - (float) Math.sqrt(0.5) + 0.5e-4f, v[0], 1e-5f);
    }

    @Test
    void batchIsTheMeanOfPerShapeLosses() {
        // shape 2: three segments of one point each (L_ctr = 0), all centres at distance 0 or 1
        float[] z2 = {0, 0, 0, 0, 1, 0};
        int[] seg2 = {0, 1, 2};
        float[] one = evaluate(Z, 2, LossTargets.of(List.of(SEG), new int[] {2}));
        float[] two = evaluate(z2, 2, LossTargets.of(List.of(seg2), new int[] {3}));
        // by hand for shape 2: pairs (0,1) d=0 -> 0.75, (0,2),(1,2) d=1 -> 0; ordered: 2*0.75 / 6 = 0.25
        assertEquals(0.25f, two[2], 1e-5f);
        assertEquals(1f / 3f, two[3], 1e-5f);
        float[] zz = new float[Z.length + z2.length];
        System.arraycopy(Z, 0, zz, 0, Z.length);
        System.arraycopy(z2, 0, zz, Z.length, z2.length);
        float[] both = evaluate(zz, 2, LossTargets.of(List.of(SEG, seg2), new int[] {2, 3}));
        for (int i = 0; i < 4; i++) {
            assertEquals((one[i] + two[i]) / 2, both[i], 1e-5f);
        }
    }

    @Test
    void emptySegmentsAreDroppedAndSingleSegmentShapesHaveNoPairs() {
        LossTargets t = LossTargets.of(List.of(new int[] {2, 2, 0}), new int[] {4});
        assertEquals(2, t.segmentCount());
        assertArrayEquals(new int[] {1, 1, 0}, t.segmentOfPoint());
        assertEquals(2, t.pairA().length);
        LossTargets single = LossTargets.of(List.of(new int[] {0, 0}), new int[] {1});
        assertEquals(0, single.pairA().length);
        float[] v = evaluate(new float[] {0, 0, 3, 4}, 2, single);
        assertEquals(0f, v[2]);
        assertEquals(2.5f - 0.25f, v[1], 1e-5f); // both 2.5 from the centre (1.5, 2)
    }

    @Test
    void gradientsAreFiniteAndNonZeroThroughGatherAndMaxPool() {
        NetConfig cfg = NetConfig.DEFAULT;
        var shapes = new org.iseg3d.tf.train.StandInShapes(2, 256, 0);
        var batch = new org.iseg3d.tf.train.BatchAssembler(cfg).assemble(List.of(shapes.next()), 1);
        try (Graph g = new Graph();
                Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            PointNetGraph.Network net = PointNetGraph.build(tf, cfg, 3);
            EmbeddingLosses.Terms terms = EmbeddingLosses.build(tf, net.embeddings(), LossConfig.PAPER);
            var grads = tf.gradients(terms.total(), net.weights());
            Session.Runner run = s.runner();
            List<org.tensorflow.Tensor> feeds = new java.util.ArrayList<>();
            PointNetGraph.Inputs in = net.inputs();
            GroupingIndices gi = batch.grouping();
            feeds.add(TFloat32.tensorOf(Shape.of(1, 256, 6), DataBuffers.of(batch.rows6())));
            run.feed(in.points(), feeds.get(0));
            for (int l = 0; l < NetConfig.LEVELS; l++) {
                feed(run, feeds, in.centroids().get(l), ints(gi.centroids()[l]));
                feed(run, feeds, in.groups().get(l), ints(gi.groups()[l]));
                feed(run, feeds, in.interpIndex().get(l), ints(gi.interpIndex()[l]));
                feed(run, feeds, in.interpWeight().get(l), floats(gi.interpWeight()[l]));
            }
            LossTargets t = batch.targets();
            EmbeddingLosses.Inputs li = terms.inputs();
            feed(run, feeds, li.segmentOfPoint(), ints(t.segmentOfPoint()));
            feed(run, feeds, li.segmentCount(), TInt32.scalarOf(t.segmentCount()));
            feed(run, feeds, li.centreScale(), floats(t.centreScale()));
            feed(run, feeds, li.ctrWeight(), floats(t.ctrWeight()));
            feed(run, feeds, li.pairA(), ints(t.pairA()));
            feed(run, feeds, li.pairB(), ints(t.pairB()));
            feed(run, feeds, li.pairWeight(), floats(t.pairWeight()));
            feed(run, feeds, li.regWeight(), floats(t.regWeight()));
            for (int i = 0; i < net.weights().size(); i++) {
                run.fetch(grads.dy(i));
            }
            try (Result r = run.run()) {
                for (int i = 0; i < net.weights().size(); i++) {
                    TFloat32 gt = (TFloat32) r.get(i);
                    float[] v = new float[(int) gt.size()];
                    gt.copyTo(DataBuffers.of(v, false, false));
                    double norm = 0;
                    for (float x : v) {
                        assertTrue(Float.isFinite(x));
                        norm += x * x;
                    }
                    String name = net.weights().get(i).op().name();
                    if (name.endsWith("_w")) { // biases under a dead ReLU may legitimately be 0
                        assertTrue(norm > 0, "zero gradient for " + name);
                    }
                }
            } finally {
                feeds.forEach(org.tensorflow.Tensor::close);
            }
        }
    }

    private static void feed(
            Session.Runner run, List<org.tensorflow.Tensor> keep, Operand<?> p, org.tensorflow.Tensor t) {
        keep.add(t);
        run.feed(p, t);
    }
}
