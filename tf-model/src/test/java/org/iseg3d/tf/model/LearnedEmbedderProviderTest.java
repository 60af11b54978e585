package org.iseg3d.tf.model;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.tf.train.StandInShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedEmbedderProviderTest {

    @Test
    void shippedModelIsFoundByServiceLoaderExtractedAndEmbeds4096Points(@TempDir Path cache) throws Exception {
        String old = System.getProperty("iseg3d.cache");
        System.setProperty("iseg3d.cache", cache.toString());
        try {
            EmbedderProvider p = EmbedderProvider.find("learned").orElseThrow();
            Embedder e = p.create(null);
            try {
                assertEquals("learned", e.name());
                assertEquals(2 * 32, e.dimension()); // two mirror views of d = 32
                float[] z = e.embed(new StandInShapes(8, 4096, 0).next().cloud());
                assertEquals(4096 * 64, z.length);
                for (float v : z) {
                    assertTrue(Float.isFinite(v));
                }
            } finally {
                ((AutoCloseable) e).close();
            }
            Path folder = ShippedModel.folder(); // second call: already extracted, same folder
            assertTrue(folder.startsWith(cache) && Files.isRegularFile(folder.resolve("saved_model.pb")));
            try (var s = Files.list(cache)) {
                assertEquals(1, s.count());
            }
        } finally {
            if (old == null) {
                System.clearProperty("iseg3d.cache");
            } else {
                System.setProperty("iseg3d.cache", old);
            }
        }
    }
}
