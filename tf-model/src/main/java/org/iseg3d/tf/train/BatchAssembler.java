package org.iseg3d.tf.train;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.data.TrainingShape;
import org.iseg3d.tf.net.GroupingBuilder;
import org.iseg3d.tf.net.GroupingIndices;
import org.iseg3d.tf.net.LossTargets;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.ShapeInput;

/**
 * Turns training shapes into a {@link TrainingBatch}: the network's input convention ({@link ShapeInput}), the
 * Java-side grouping of every shape, concatenated, and the loss targets. Stateless and thread-safe; the cost is the
 * grouping, O(B·N²/4) for the farthest point sampling.
 */
public final class BatchAssembler {

    private final GroupingBuilder grouping;

    public BatchAssembler(NetConfig config) {
        this.grouping = new GroupingBuilder(config);
    }

    public TrainingBatch assemble(List<TrainingShape> shapes, long nextPosition) {
        int rows = shapes.stream().mapToInt(s -> s.cloud().size()).sum();
        float[] rows6 = new float[6 * rows];
        List<GroupingIndices> groups = new ArrayList<>();
        List<int[]> seg = new ArrayList<>();
        int[] k = new int[shapes.size()];
        int at = 0;
        for (int b = 0; b < shapes.size(); b++) {
            TrainingShape s = shapes.get(b);
            if (s.segmentOfPoint().length != s.cloud().size()) {
                throw new IllegalArgumentException("shape " + b + ": segment ids do not match its points");
            }
            PointCloud p = ShapeInput.prepare(s.cloud());
            at = ShapeInput.pack(p, rows6, at);
            groups.add(grouping.build(p.xyz()));
            seg.add(s.segmentOfPoint());
            k[b] = s.segments();
        }
        return new TrainingBatch(
                rows6, GroupingIndices.concat(groups), LossTargets.of(seg, k), shapes.size(), nextPosition);
    }
}
