package org.iseg3d.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.NodeModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {

    @TempDir
    Path out;

    private CorpusReport build() throws IOException {
        return CorpusBuilder.build(Resources.root(), out, PartRules.DEFAULT, SplitRule.DEFAULT);
    }

    private static CorpusObject named(CorpusReport r, String name) {
        return r.objects().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void convertsTheCleanLibraryAndSkipsTheRest() throws IOException {
        CorpusReport r = build();
        assertEquals(2, r.objects().size(), r.toText());
        CorpusObject chair = named(r, "Chair");
        assertEquals("living_room", chair.category());
        assertEquals(List.of("seat", "back", "leg"), chair.parts());
        assertEquals(Licence.CC_BY_3, chair.licence());
        assertEquals("Chair Maker", chair.credit());
        assertEquals(1, chair.droppedSmall());
        CorpusObject lamp = named(r, "Lamp");
        assertEquals(Licence.CC0, lamp.licence(), "the model's own licence file wins");
        assertEquals("Lamp Author", lamp.credit());
        assertEquals(List.of("Base", "Shade"), lamp.parts());
        assertEquals(Map.of("unreadable OBJ", 1, "library licence not CC0/CC-BY", 1), r.skipped());
        assertTrue(r.errors().get(0).contains("broken.obj:6:"), r.errors().toString());
        assertEquals(1, r.droppedSmallParts());
    }

    @Test
    void writesOneNodePerPartPerCategoryFolder() throws IOException {
        CorpusReport r = build();
        for (CorpusObject o : r.objects()) {
            Path file = out.resolve(o.file());
            assertEquals(out.resolve(o.split()).resolve(o.category()), file.getParent());
            GltfModel model = new GltfModelReader().read(file);
            NodeModel root = model.getSceneModels().get(0).getNodeModels().get(0);
            assertEquals(
                    o.parts(),
                    root.getChildren().stream().map(NodeModel::getName).toList());
        }
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.toString().contains("stool")), "the non-commercial library is never used");
        }
    }

    @Test
    void creditsListOnlyAttributionModelsAndManifestListsAll() throws IOException {
        build();
        String credits = Files.readString(out.resolve("CREDITS.md"));
        assertTrue(credits.contains("| Chair | Chair Maker | [CC-BY-3.0]"), credits);
        assertFalse(credits.contains("Lamp"), credits);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"id\": \"Test#TinyModels/Tiny#chair\""), manifest);
        assertTrue(manifest.contains("\"parts\": [\"Base\", \"Shade\"]"), manifest);
        assertTrue(manifest.contains("\"licence\": \"CC0-1.0\""), manifest);
    }

    @Test
    void readsZippedLibraries(@TempDir Path zips) throws IOException {
        Path library = Resources.file("lib-cc-by");
        Path sh3f = zips.resolve("Tiny.sh3f");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(sh3f));
                Stream<Path> files = Files.walk(library)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(library.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        CorpusReport fromZip = CorpusBuilder.build(zips, out.resolve("zip"), PartRules.DEFAULT, SplitRule.DEFAULT);
        assertEquals(
                List.of("Chair", "Lamp"),
                fromZip.objects().stream().map(CorpusObject::name).sorted().toList());
        assertEquals(Licence.CC0, named(fromZip, "Lamp").licence());
        assertEquals(Map.of("unreadable OBJ", 1), fromZip.skipped());
    }

    @Test
    void rebuildIsIdenticalAndReplacesOldOutput() throws IOException {
        CorpusReport first = build();
        Path stale = out.resolve("eval/old/stale.glb");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "x");
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        CorpusReport second = build();
        assertFalse(Files.exists(stale));
        assertEquals(first.objects(), second.objects());
        assertEquals(new String(manifest), Files.readString(out.resolve("manifest.json")));
        for (CorpusObject o : second.objects()) {
            assertTrue(Files.size(out.resolve(o.file())) > 0);
        }
    }
}
