/**
 * The PointNet++ network of iSeg3D (Qi et al., NeurIPS 2017; used in iSeg3D Sec. 3.1 and 4.1) in TensorFlow Java:
 * the Java-side sampling and grouping indices, the graph, the losses (eq. 1-5), the fine-tuning energy
 * (eq. 9-10) and the optimizer.
 */
package org.iseg3d.tf.net;
