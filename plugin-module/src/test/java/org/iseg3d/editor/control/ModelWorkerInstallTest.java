package org.iseg3d.editor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.modelclient.ModelProcessEmbedder;
import org.junit.jupiter.api.Test;

/**
 * Outside NetBeans (no TensorFlow module installed) the model process's class path comes from the class path; with
 * neither, the learned method is unavailable with a message naming the missing module (the controller's FPFH
 * fallback shows it).
 */
class ModelWorkerInstallTest {

    @Test
    void headlessTheClassPathIsFoundOnTheClassPath() {
        List<Path> cp = ModelWorkerInstall.classpath();
        assertTrue(cp.stream().anyMatch(p -> p.toString().contains("tf-model")), cp.toString());
        ModelProcessEmbedder.Options o = ModelWorkerInstall.options(null);
        assertEquals(cp, o.classpath());
    }

    @Test
    void withoutTheTensorFlowModuleLearnedIsUnavailableWithAClearMessage() {
        ModelException e = assertThrows(
                ModelException.class, () -> ModelWorkerInstall.classpath(ClassLoader.getPlatformClassLoader()));
        assertTrue(
                e.getMessage()
                        .startsWith("the TensorFlow module (org.iseg3d.tfworker, tf-worker-nbm) is not "
                                + "installed (cannot assemble the model process class path"),
                e.getMessage());
    }
}
