package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.javagl.jgltf.model.AccessorData;
import de.javagl.jgltf.model.AccessorFloatData;
import de.javagl.jgltf.model.AccessorIntData;
import de.javagl.jgltf.model.AccessorModel;
import de.javagl.jgltf.model.AccessorShortData;
import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.MeshPrimitiveModel;
import de.javagl.jgltf.model.NodeModel;
import de.javagl.jgltf.model.SceneModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlbWriterTest {

    @TempDir
    Path dir;

    static GltfModel read(Path file) throws IOException {
        return new GltfModelReader().read(file);
    }

    /** Asserts the .glb has one root node named after the object and one child node per part. */
    static void assertMatches(SceneObject o, GltfModel model) {
        assertEquals(1, model.getSceneModels().size());
        SceneModel scene = model.getSceneModels().get(0);
        assertEquals(1, scene.getNodeModels().size(), "one root node");
        NodeModel root = scene.getNodeModels().get(0);
        assertEquals(o.name(), root.getName());
        List<NodeModel> children = root.getChildren();
        assertEquals(o.parts().size(), children.size(), "one node per part");
        assertEquals(o.parts().size() + 1, model.getNodeModels().size(), "no extra nodes");
        for (int i = 0; i < children.size(); i++) {
            MeshPart part = o.parts().get(i);
            NodeModel node = children.get(i);
            assertEquals(part.name(), node.getName());
            assertEquals(1, node.getMeshModels().size());
            MeshPrimitiveModel prim =
                    node.getMeshModels().get(0).getMeshPrimitiveModels().get(0);
            AccessorModel indices = prim.getIndices();
            assertNotNull(indices);
            assertEquals(3 * part.triangleCount(), indices.getCount(), part.name() + " triangle count");
            assertEquals(
                    part.vertexCount(), prim.getAttributes().get("POSITION").getCount());
            assertEquals(part.vertexCount(), prim.getAttributes().get("NORMAL").getCount());
            AccessorData data = indices.getAccessorData();
            int[] idx = part.indices();
            for (int k = 0; k < idx.length; k += Math.max(1, idx.length / 50)) {
                int read = data instanceof AccessorShortData sd ? sd.getInt(k) : ((AccessorIntData) data).get(k);
                assertEquals(idx[k], read, "index " + k);
            }
        }
    }

    static float[] positions(MeshPrimitiveModel prim) {
        AccessorFloatData d =
                (AccessorFloatData) prim.getAttributes().get("POSITION").getAccessorData();
        float[] out = new float[d.getNumElements() * 3];
        for (int e = 0; e < d.getNumElements(); e++) {
            for (int c = 0; c < 3; c++) {
                out[3 * e + c] = d.get(e, c);
            }
        }
        return out;
    }

    @Test
    void everyCategoryRoundTripsThroughJgltf() throws IOException {
        for (String category : BenchmarkGenerator.categories()) {
            SceneObject o = BenchmarkGenerator.build(category, 1, 7);
            Path file = dir.resolve(category + ".glb");
            GlbWriter.write(o, file);
            GltfModel model = read(file);
            assertMatches(o, model);
            MeshPrimitiveModel first = model.getSceneModels()
                    .get(0)
                    .getNodeModels()
                    .get(0)
                    .getChildren()
                    .get(0)
                    .getMeshModels()
                    .get(0)
                    .getMeshPrimitiveModels()
                    .get(0);
            assertArrayEquals(o.parts().get(0).positions(), positions(first), 0f);
        }
    }

    @Test
    void writeIsAtomicAndReplacesExistingFiles() throws IOException {
        Path file = dir.resolve("sub/folder/mug.glb");
        GlbWriter.write(BenchmarkGenerator.build("mug", 0, 1), file);
        GlbWriter.write(BenchmarkGenerator.build("mug", 2, 1), file);
        assertArrayEquals(GlbWriter.toBytes(BenchmarkGenerator.build("mug", 2, 1)), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(
                    List.of(file.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files left behind");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(
                bytes.length > 12 && bytes[0] == 'g' && bytes[1] == 'l' && bytes[2] == 'T' && bytes[3] == 'F',
                "binary glTF magic");
        assertEquals(2, bytes[4], "glTF version 2");
    }
}
