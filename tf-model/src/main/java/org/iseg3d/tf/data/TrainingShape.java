package org.iseg3d.tf.data;

/**
 * PLACEHOLDER for the merge with branch tf-data, which owns this package and replaces this file: one generated
 * training shape, its points and the primitive segment S_i of every point (paper Sec. 3.1).
 *
 * @param cloud          the sampled points with normals
 * @param segmentOfPoint segment id in [0, segments) of each point
 * @param segments       number of segments K
 */
public record TrainingShape(org.iseg3d.core.cloud.PointCloud cloud, int[] segmentOfPoint, int segments) {}
