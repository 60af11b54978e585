package org.iseg3d.tf.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.iseg3d.tf.net.GroupingIndices;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.PointNetGraph;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The input tensors of one signature call, closed together. Not thread-safe; one per call.
 */
final class Feeds implements AutoCloseable {

    private final Map<String, Tensor> tensors = new LinkedHashMap<>();

    /** points [1, rows, 6] + the 12 grouping inputs. */
    static Feeds network(float[] rows6, GroupingIndices g) {
        Feeds f = new Feeds();
        try {
            f.put(
                    PointNetGraph.POINTS,
                    TFloat32.tensorOf(Shape.of(1, rows6.length / 6, 6), DataBuffers.of(rows6, true, false)));
            for (int l = 1; l <= NetConfig.LEVELS; l++) {
                f.ints(PointNetGraph.centroidsName(l), g.centroids()[l - 1]);
                f.ints(PointNetGraph.groupsName(l), g.groups()[l - 1]);
                f.ints(PointNetGraph.interpIndexName(l), g.interpIndex()[l - 1]);
                f.floats(PointNetGraph.interpWeightName(l), g.interpWeight()[l - 1]);
            }
            return f;
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    Feeds put(String name, Tensor t) {
        Tensor old = tensors.put(name, t);
        if (old != null) {
            old.close();
        }
        return this;
    }

    Feeds ints(String name, int[] v) {
        return put(name, TInt32.tensorOf(Shape.of(v.length), DataBuffers.of(v, true, false)));
    }

    Feeds floats(String name, float[] v) {
        return put(name, TFloat32.tensorOf(Shape.of(v.length), DataBuffers.of(v, true, false)));
    }

    Feeds scalar(String name, float v) {
        return put(name, TFloat32.scalarOf(v));
    }

    Feeds scalar(String name, int v) {
        return put(name, TInt32.scalarOf(v));
    }

    Map<String, Tensor> map() {
        return tensors;
    }

    @Override
    public void close() {
        tensors.values().forEach(Tensor::close);
        tensors.clear();
    }
}
