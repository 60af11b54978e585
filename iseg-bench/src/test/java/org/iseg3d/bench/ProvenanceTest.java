package org.iseg3d.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.core.embed.XyzEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @Test
    void modelHashCoversPathsAndContentsInPathOrder(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a/variables"));
        Files.writeString(tmp.resolve("a/saved_model.pb"), "graph");
        Files.writeString(a.resolve("variables.index"), "index");
        Path b = Files.createDirectories(tmp.resolve("b/variables"));
        Files.writeString(b.resolve("variables.index"), "index"); // written in the other order: same hash
        Files.writeString(tmp.resolve("b/saved_model.pb"), "graph");
        String ha = Provenance.modelSha256(tmp.resolve("a"));
        assertEquals(64, ha.length());
        assertEquals(ha, Provenance.modelSha256(tmp.resolve("b")));

        Files.writeString(b.resolve("variables.index"), "indeX");
        assertNotEquals(ha, Provenance.modelSha256(tmp.resolve("b")), "content counts");
        Files.writeString(b.resolve("variables.index"), "index");
        Files.move(b.resolve("variables.index"), b.resolve("variables.idx"));
        assertNotEquals(ha, Provenance.modelSha256(tmp.resolve("b")), "paths count");
    }

    @Test
    void methodsWithoutAModelFolderHaveNoModelHashAndTheMachineIsRecorded() {
        Provenance p = Provenance.of(new XyzEmbedder());
        assertNull(p.modelSha256());
        assertEquals(Machine.describe(), p.machine());
        assertNotNull(p.commit());
        assertTrue(p.commit().equals("unknown") ? p.dirty() == null : p.commit().matches("[0-9a-f]{40}"), p.commit());
    }

    @Test
    void commitIsUnknownOutsideARepository(@TempDir Path tmp) {
        String old = System.getProperty(Provenance.ROOT_PROPERTY);
        System.setProperty(Provenance.ROOT_PROPERTY, tmp.toString());
        try {
            Provenance p = Provenance.of(null);
            assertEquals("unknown", p.commit());
            assertNull(p.dirty());
        } finally {
            if (old == null) {
                System.clearProperty(Provenance.ROOT_PROPERTY);
            } else {
                System.setProperty(Provenance.ROOT_PROPERTY, old);
            }
        }
    }
}
