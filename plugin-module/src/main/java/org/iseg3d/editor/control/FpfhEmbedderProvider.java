package org.iseg3d.editor.control;

import java.nio.file.Path;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.openide.util.lookup.ServiceProvider;

/** The FPFH method (iseg-core) as a provider in the default Lookup; also the fallback of {@link Embedders}. */
@ServiceProvider(service = EmbedderProvider.class)
public final class FpfhEmbedderProvider implements EmbedderProvider {

    @Override
    public String name() {
        return EditorSettings.FPFH;
    }

    @Override
    public Embedder create(Path model) {
        return new FpfhEmbedder();
    }
}
