package org.iseg3d.tf.model;

/** Names of the SavedModel signatures and of their non-network inputs and outputs (see tf-model/MODEL.md). */
public final class Signatures {

    /** points [1, N, 6] + grouping indices → embeddings [N, d]. */
    public static final String EMBED = "embed";
    /** batch + loss targets + learning_rate → loss, loss_ctr, loss_cte, loss_reg (pre-update values). */
    public static final String TRAIN_STEP = "train_step";
    /** one shape + positive_index, negative_index + learning_rate → energy E (eq. 9, pre-update). */
    public static final String FINETUNE_STEP = "finetune_step";
    /** no inputs → reset_done; weights back to the snapshot taken at export, fine-tuning slots zeroed. */
    public static final String RESET = "reset";

    public static final String EMBEDDINGS = "embeddings";
    public static final String LEARNING_RATE = "learning_rate";
    public static final String LOSS = "loss";
    public static final String LOSS_CTR = "loss_ctr";
    public static final String LOSS_CTE = "loss_cte";
    public static final String LOSS_REG = "loss_reg";
    public static final String ENERGY = "energy";
    public static final String RESET_DONE = "reset_done";

    /** Target op run before every export: copies the weights into their snapshot variables. */
    public static final String SNAPSHOT_OP = "snapshot_weights";

    /** iseg3d's description of a model folder, beside saved_model.pb. */
    public static final String INFO_FILE = "iseg3d-model.json";

    private Signatures() {}
}
