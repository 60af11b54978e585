/**
 * Online human-in-loop fine-tuning (paper Sec. 3.4, eq. 9-10) against {@link org.iseg3d.core.embed.FineTunableEmbedder}:
 * how many steps at which learning rate ({@link org.iseg3d.core.finetune.FinetuneParams}), rounds with rollback on
 * divergence ({@link org.iseg3d.core.finetune.FineTuner}), and the simulated user's loop
 * ({@link org.iseg3d.core.finetune.FineTuningAdaptation}). Engine-free: the same code serves the evaluator and the
 * interactive session.
 */
package org.iseg3d.core.finetune;
