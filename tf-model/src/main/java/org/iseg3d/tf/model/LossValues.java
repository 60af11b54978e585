package org.iseg3d.tf.model;

/** The loss terms of one training step (eq. 5, 2, 3, 4), measured before the update. */
public record LossValues(float total, float ctr, float cte, float reg) {}
