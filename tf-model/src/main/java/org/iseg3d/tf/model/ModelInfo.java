package org.iseg3d.tf.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.tf.net.NetConfig;

/**
 * What iseg3d writes beside a SavedModel ({@value Signatures#INFO_FILE}): the network configuration the Java-side
 * grouping must match, and the parameter count. A folder without the file is read as {@link NetConfig#DEFAULT}.
 *
 * @param format     version of this file (1)
 * @param net        the network configuration
 * @param parameters trainable parameters
 */
public record ModelInfo(int format, NetConfig net, long parameters) {

    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path modelDir) throws IOException {
        JSON.writeValue(modelDir.resolve(Signatures.INFO_FILE).toFile(), this);
    }

    /** Reads the info of a model folder; the default configuration if the file is absent. */
    public static ModelInfo read(Path modelDir) {
        Path f = modelDir.resolve(Signatures.INFO_FILE);
        if (!Files.isRegularFile(f)) {
            return new ModelInfo(FORMAT, NetConfig.DEFAULT, -1);
        }
        try {
            ModelInfo info = JSON.readValue(f.toFile(), ModelInfo.class);
            if (info.format() != FORMAT || info.net() == null) {
                throw new ModelException(f + " has format " + info.format() + ", this iseg3d reads format " + FORMAT
                        + ": use a model exported by this version");
            }
            return info;
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException("cannot read " + f + " (" + e.getMessage() + "): re-export the model", e);
        }
    }
}
