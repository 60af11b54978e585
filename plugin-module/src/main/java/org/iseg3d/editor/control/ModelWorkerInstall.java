package org.iseg3d.editor.control;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.modelclient.ModelProcessEmbedder;
import org.iseg3d.modelclient.WorkerClasspath;
import org.openide.modules.InstalledFileLocator;

/**
 * Where the model process's class path comes from: inside a NetBeans application (our editor, the jME SDK) the jars
 * of the TensorFlow module, {@value #TF_MODULE} (tf-worker-nbm), found the NetBeans way with
 * {@link InstalledFileLocator} in its {@value #TF_EXT} folder; headless (tests, a plain class path) tf-model and
 * TensorFlow on this module's own class path, as the command line finds them. Neither: a {@link ModelException}
 * saying that the TensorFlow module is not installed (the controller then falls back to FPFH with a notice).
 */
final class ModelWorkerInstall {

    /** The code name base of the TensorFlow module. */
    static final String TF_MODULE = "org.iseg3d.tfworker";
    /** Its libraries' folder in the cluster, relative to the cluster (the nbm plugin's Class-Path layout). */
    static final String TF_EXT = "modules/ext/" + TF_MODULE;

    private ModelWorkerInstall() {}

    /** The model process's default options for {@code model} (null: the shipped model) with the found class path. */
    static ModelProcessEmbedder.Options options(Path model) {
        return ModelProcessEmbedder.options(model, classpath());
    }

    static List<Path> classpath() {
        return classpath(ModelWorkerInstall.class.getClassLoader());
    }

    /** The TensorFlow module's jars if it is installed, else the libraries as {@code loader} sees them. */
    static List<Path> classpath(ClassLoader loader) {
        File ext = InstalledFileLocator.getDefault().locate(TF_EXT, TF_MODULE, false);
        if (ext != null && ext.isDirectory()) {
            return WorkerClasspath.resolve(ext.toPath());
        }
        try {
            return WorkerClasspath.resolve(loader);
        } catch (IllegalStateException e) {
            throw new ModelException(
                    "the TensorFlow module (" + TF_MODULE + ", tf-worker-nbm) is not installed (" + e.getMessage()
                            + ")",
                    e);
        }
    }
}
