package org.iseg3d.modelclient;

/**
 * The learned model cannot be used: the message says which problem (missing folder, corrupt SavedModel, missing
 * signature, wrong embedding size, TensorFlow native library) and what to do.
 */
public class ModelException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
