/** The {@code iseg3d train} command: trains the learned prior with a progress bar, checkpoints and resume. */
package org.iseg3d.tf.cli;
