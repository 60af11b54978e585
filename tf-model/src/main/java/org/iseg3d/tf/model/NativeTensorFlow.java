package org.iseg3d.tf.model;

import org.iseg3d.modelclient.ModelException;
import org.tensorflow.TensorFlow;

/** Checks once that the TensorFlow native library loads, turning link errors into a {@link ModelException}. */
final class NativeTensorFlow {

    private static volatile String version;

    private NativeTensorFlow() {}

    /** Loads the native library (first call ~1.5 s, first ever ~5 s to unpack) or throws a clear error. */
    static String ensureLoaded() {
        String v = version;
        if (v != null) {
            return v;
        }
        try {
            v = TensorFlow.version();
        } catch (LinkageError e) {
            throw new ModelException(
                    "the TensorFlow native library could not be loaded (" + e
                            + "): the learned model needs tensorflow-core-native for linux-x86_64 on the class path"
                            + " (built by mvn -pl tf-model package) and a glibc-based Linux; use --method fpfh meanwhile",
                    e);
        }
        version = v;
        return v;
    }
}
