package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labels sidecar agrees with the exported model as the loader and flattener see it. */
class LabelsJsonWriterTest {

    @TempDir
    Path dir;

    @Test
    void sidecarMatchesTheReloadedExport() throws Exception {
        Node chair = IoScenes.labelledChair();
        Mesh strip = new Mesh();
        strip.setMode(Mesh.Mode.TriangleStrip);
        strip.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 5, 1, 0, 5, 0, 1, 5, 1, 1, 5, 0, 2, 5});
        chair.attachChild(IoScenes.labelled("ribbon", strip, "ribbon", 7));
        Mesh points = new Mesh();
        points.setMode(Mesh.Mode.Points);
        points.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 0});
        chair.attachChild(new Geometry("dots", points)); // no triangles: not listed

        Path glb = dir.resolve("chair.glb");
        GltfSceneExporter.export(chair, glb);
        Path json = LabelsJsonWriter.writeSidecar(chair, glb);
        assertEquals(dir.resolve("chair.glb.labels.json"), json);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(LabelsJsonWriter.FORMAT, root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        assertEquals("chair.glb", root.get("model").asText());
        assertEquals("[{\"id\":0,\"name\":\"seat\"},{\"id\":1,\"name\":\"back\"},{\"id\":7,\"name\":\"ribbon\"}]",
                root.get("parts").toString());

        TriangleSoup soup = SceneFlattener.flatten(new SceneLoader().load(glb));
        JsonNode geoms = root.get("geometries");
        assertEquals(soup.geometries().size(), geoms.size());
        List<Integer> expectedIds = new ArrayList<>();
        for (int i = 0; i < geoms.size(); i++) {
            JsonNode g = geoms.get(i);
            SourceGeometry src = soup.geometries().get(i);
            assertEquals(src.path(), g.get("path").asText());
            assertEquals(src.triangleCount(), g.get("triangles").asInt());
            assertEquals(src.triangleCount(), g.get("partIds").size());
            Object id = src.geometry().getUserData(PartUserData.PART_ID);
            for (JsonNode p : g.get("partIds")) {
                assertEquals(id == null ? -1 : (int) (Integer) id, p.asInt(), src.path());
            }
            expectedIds.add(g.get("partIds").get(0).asInt());
        }
        assertEquals(List.of(0, 0, 1, -1, 7), expectedIds);
        assertEquals("TriangleStrip", geoms.get(4).get("mode").asText());
        assertEquals(3, geoms.get(4).get("triangles").asInt());
        assertTrue(geoms.get(0).get("path").asText().startsWith("chair/seat/"));
    }
}
