/**
 * Procedural "Reshuffle" training data for the learned iSeg3D prior (Sec. 3.1 of iSeg3D): surface primitives
 * re-composed into CAD-like shapes, sampled into labelled point clouds ({@link org.iseg3d.tf.data.ReshuffleGenerator},
 * {@link org.iseg3d.tf.data.ShapeStream}).
 */
package org.iseg3d.tf.data;
