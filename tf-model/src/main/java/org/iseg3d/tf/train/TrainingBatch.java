package org.iseg3d.tf.train;

import org.iseg3d.tf.net.GroupingIndices;
import org.iseg3d.tf.net.LossTargets;

/**
 * A batch ready for {@code train_step}: the packed rows of all shapes, their concatenated grouping and the loss
 * targets. Arrays are owned by the record.
 *
 * @param rows6        rows of 6 floats, shapes one after the other
 * @param grouping     the batch's grouping indices
 * @param targets      segment ids and weights of eq. 1-5
 * @param shapes       shapes in the batch B
 * @param nextPosition data position after the last shape of this batch (resume point once it is trained)
 */
public record TrainingBatch(
        float[] rows6, GroupingIndices grouping, LossTargets targets, int shapes, long nextPosition) {}
