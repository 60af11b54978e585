package org.iseg3d.tf.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.PointNetGraph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;

/**
 * Opens a SavedModel folder for {@link TfModel#load} and fails with a {@link ModelException} that names the problem
 * and the fix: folder missing, not a SavedModel, unreadable or corrupt, no {@code embed} signature or missing
 * inputs, embedding size not the one {@value Signatures#INFO_FILE} declares. Stateless and thread-safe.
 */
final class ModelLoader {

    private ModelLoader() {}

    static ModelInfo readInfo(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            throw new ModelException("model folder " + dir + " does not exist: pass the folder of a checkpoint"
                    + " written by iseg3d train (it holds saved_model.pb and variables/)");
        }
        if (!Files.isDirectory(dir)) {
            throw new ModelException("model path " + dir + " is a file, not a folder: pass the checkpoint folder that"
                    + " holds saved_model.pb and variables/");
        }
        if (!Files.isRegularFile(dir.resolve("saved_model.pb")) || !Files.isDirectory(dir.resolve("variables"))) {
            throw new ModelException(dir + " is not a SavedModel folder (saved_model.pb or variables/ missing):"
                    + " pass a checkpoint written by iseg3d train, or omit --model for the shipped model");
        }
        return ModelInfo.read(dir);
    }

    static SavedModelBundle openBundle(Path dir) {
        try {
            return SavedModelBundle.load(dir.toString(), SavedModelBundle.DEFAULT_TAG);
        } catch (RuntimeException e) {
            throw new ModelException(
                    "cannot load the SavedModel in " + dir + " (" + firstLine(e)
                            + "): the export is corrupt or incomplete; re-export it or use another checkpoint",
                    e);
        }
    }

    static void validate(Path dir, SavedModelBundle bundle, NetConfig net) {
        Signature embed = null;
        List<String> keys = new ArrayList<>();
        for (Signature s : bundle.signatures()) {
            keys.add(s.key());
            if (s.key().equals(Signatures.EMBED)) {
                embed = s;
            }
        }
        if (embed == null) {
            throw new ModelException("the model in " + dir + " has no '" + Signatures.EMBED + "' signature (it has "
                    + keys + "): it was not exported by iseg3d train; use a checkpoint of iseg3d train");
        }
        Set<String> inputs = embed.inputNames();
        List<String> missing = new ArrayList<>();
        for (String need : requiredInputs()) {
            if (!inputs.contains(need)) {
                missing.add(need);
            }
        }
        if (!missing.isEmpty() || !embed.outputNames().contains(Signatures.EMBEDDINGS)) {
            throw new ModelException("the '" + Signatures.EMBED + "' signature in " + dir + " does not match this"
                    + " iseg3d (missing inputs " + missing + " or output '" + Signatures.EMBEDDINGS
                    + "'): use a model exported by this version of iseg3d train");
        }
        org.tensorflow.ndarray.Shape shape = embed.getOutputs().get(Signatures.EMBEDDINGS).shape;
        long d = shape.numDimensions() == 2 ? shape.get(1) : -1;
        if (d != net.embeddingDim()) {
            throw new ModelException("the model in " + dir + " outputs embeddings of shape " + shape + " but "
                    + Signatures.INFO_FILE + " declares d = " + net.embeddingDim()
                    + ": the folder mixes files of different models; re-export it");
        }
    }

    static List<String> requiredInputs() {
        List<String> names = new ArrayList<>(List.of(PointNetGraph.POINTS));
        for (int l = 1; l <= NetConfig.LEVELS; l++) {
            names.add(PointNetGraph.centroidsName(l));
            names.add(PointNetGraph.groupsName(l));
            names.add(PointNetGraph.interpIndexName(l));
            names.add(PointNetGraph.interpWeightName(l));
        }
        return names;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.toString();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
