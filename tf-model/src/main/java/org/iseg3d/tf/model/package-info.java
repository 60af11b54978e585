/**
 * The learned embedder as a TensorFlow SavedModel: building the full graph (signatures {@code embed},
 * {@code train_step}, {@code finetune_step}, {@code reset}), loading with clear errors, the shipped default model,
 * and the {@link org.iseg3d.core.embed.Embedder} / {@link org.iseg3d.core.embed.EmbedderProvider} named
 * {@code learned}.
 */
package org.iseg3d.tf.model;
