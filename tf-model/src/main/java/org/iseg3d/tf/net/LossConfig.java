package org.iseg3d.tf.net;

/**
 * Weights and margins of the iSeg3D losses (Sec. 3.1, values of Sec. 4.1), built into the graph as constants.
 *
 * @param lambdaCtr weight of L_ctr in eq. 5
 * @param lambdaCte weight of L_cte in eq. 5
 * @param lambdaReg weight of L_reg in eq. 5
 * @param epsCtr    margin ε_ctr of eq. 2
 * @param epsCte    margin ε_cte of eq. 3 and of the fine-tuning energy eq. 9
 */
public record LossConfig(float lambdaCtr, float lambdaCte, float lambdaReg, float epsCtr, float epsCte) {

    /** The paper's values: λ_ctr = 1, λ_cte = 1, λ_reg = 1e-4, ε_ctr = 0.25, ε_cte = 0.75. */
    public static final LossConfig PAPER = new LossConfig(1f, 1f, 1e-4f, 0.25f, 0.75f);

    /** Added under square roots so that norms of (near-)zero vectors have finite gradients. */
    public static final float NORM_EPS = 1e-12f;

    public LossConfig {
        if (!(lambdaCtr >= 0 && lambdaCte >= 0 && lambdaReg >= 0 && epsCtr >= 0 && epsCte > 0)) {
            throw new IllegalArgumentException("loss weights must be >= 0 and margins positive");
        }
    }
}
