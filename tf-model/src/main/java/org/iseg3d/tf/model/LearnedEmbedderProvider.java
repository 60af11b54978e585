package org.iseg3d.tf.model;

import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.tf.net.NetConfig;

/**
 * ServiceLoader entry ({@code META-INF/services/org.iseg3d.core.embed.EmbedderProvider}) of the {@code learned}
 * method: loads the model folder given, or the shipped model, and checks that its embedding size is the one the
 * click radius α is calibrated for ({@value #EXPECTED_DIMENSION}).
 */
public final class LearnedEmbedderProvider implements EmbedderProvider {

    /** Embedding size d the default click parameters assume. */
    public static final int EXPECTED_DIMENSION = 32;

    static {
        assert NetConfig.DEFAULT.embeddingDim() == EXPECTED_DIMENSION;
    }

    @Override
    public String name() {
        return TfEmbedder.NAME;
    }

    @Override
    public Embedder create(Path model) {
        Path dir = model != null ? model : ShippedModel.folder();
        TfModel m = TfModel.load(dir);
        if (m.dimension() != EXPECTED_DIMENSION) {
            int d = m.dimension();
            m.close();
            throw new ModelException("the model in " + dir + " has embedding size " + d + ", expected "
                    + EXPECTED_DIMENSION + " (the click radius α is calibrated for it): use a model trained with the"
                    + " default configuration");
        }
        LogManager.getLogger(LearnedEmbedderProvider.class)
                .info("learned model {} ({} parameters)", dir, m.parameters());
        return new TfEmbedder(m, dir);
    }
}
