/**
 * Training of the iSeg3D prior (Sec. 3.1, 4.1): shape sources, the prefetching batch assembler, the cosine
 * learning-rate schedule, the training loop with atomic checkpoints, the resumable training state and the loss
 * curve.
 */
package org.iseg3d.tf.train;
