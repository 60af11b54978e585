package org.iseg3d.core.embed;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Service interface through which modules that iseg-core cannot depend on (the TensorFlow model) offer an
 * {@link Embedder} by name. Registered in {@code META-INF/services/org.iseg3d.core.embed.EmbedderProvider}.
 */
public interface EmbedderProvider {

    /** The method name it provides, e.g. {@code learned}. */
    String name();

    /**
     * Creates the embedder.
     *
     * @param model a model folder chosen by the user, or null for the provider's default
     * @throws IllegalStateException with a message saying what is wrong and what to do
     */
    Embedder create(Path model);

    /** The provider for {@code name} on the class path, if any. */
    static Optional<EmbedderProvider> find(String name) {
        for (EmbedderProvider p : ServiceLoader.load(EmbedderProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
