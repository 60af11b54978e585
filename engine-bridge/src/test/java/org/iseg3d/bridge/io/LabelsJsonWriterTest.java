package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

        JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(LabelsJsonWriter.FORMAT, root.get("format").getAsString());
        assertEquals(1, root.get("version").getAsInt());
        assertEquals("chair.glb", root.get("model").getAsString());
        assertEquals(
                "[{\"id\":0,\"name\":\"seat\"},{\"id\":1,\"name\":\"back\"},{\"id\":7,\"name\":\"ribbon\"}]",
                root.get("parts").toString());

        TriangleSoup soup = SceneFlattener.flatten(new SceneLoader().load(glb));
        JsonArray geoms = root.getAsJsonArray("geometries");
        assertEquals(soup.geometries().size(), geoms.size());
        List<Integer> expectedIds = new ArrayList<>();
        for (int i = 0; i < geoms.size(); i++) {
            JsonObject g = geoms.get(i).getAsJsonObject();
            SourceGeometry src = soup.geometries().get(i);
            assertEquals(src.path(), g.get("path").getAsString());
            assertEquals(src.triangleCount(), g.get("triangles").getAsInt());
            assertEquals(src.triangleCount(), g.getAsJsonArray("partIds").size());
            Object id = src.geometry().getUserData(PartUserData.PART_ID);
            for (JsonElement p : g.getAsJsonArray("partIds")) {
                assertEquals(id == null ? -1 : (int) (Integer) id, p.getAsInt(), src.path());
            }
            expectedIds.add(g.getAsJsonArray("partIds").get(0).getAsInt());
        }
        assertEquals(List.of(0, 0, 1, -1, 7), expectedIds);
        assertEquals("TriangleStrip", geoms.get(4).getAsJsonObject().get("mode").getAsString());
        assertEquals(3, geoms.get(4).getAsJsonObject().get("triangles").getAsInt());
        assertTrue(geoms.get(0).getAsJsonObject().get("path").getAsString().startsWith("chair/seat/"));
    }

    /**
     * The exact text (the layout of the first writer, kept byte for byte so diffs of sidecars stay readable): one
     * field a line, ids of a Geometry on one line, names escaped (quote, backslash, newline; non-ASCII as UTF-8).
     */
    @Test
    void layoutIsStable() throws Exception {
        Node root = new Node("root");
        Mesh strip = new Mesh();
        strip.setMode(Mesh.Mode.TriangleStrip);
        strip.setBuffer(VertexBuffer.Type.Position, 3, new float[] {0, 0, 5, 1, 0, 5, 0, 1, 5, 1, 1, 5});
        root.attachChild(IoScenes.labelled("st\"rip", strip, "pi\u00e8ce \\ \"7\"\n\t", 3));
        root.attachChild(IoScenes.labelled("seat", IoScenes.cube(false, false, false), "seat", 0));
        root.attachChild(IoScenes.labelled("misc", IoScenes.grid(1), null, 0));
        Path json = dir.resolve("x.labels.json");
        LabelsJsonWriter.write(root, "x \"y\".glb", json);
        assertEquals(
                """
                {
                  "format" : "iseg3d-labels",
                  "version" : 1,
                  "model" : "x \\"y\\".glb",
                  "parts" : [ {
                    "id" : 0,
                    "name" : "seat"
                  }, {
                    "id" : 3,
                    "name" : "pi\u00e8ce \\\\ \\"7\\"\\n\\t"
                  } ],
                  "geometries" : [ {
                    "path" : "root/st\\"rip",
                    "name" : "st\\"rip",
                    "mode" : "TriangleStrip",
                    "triangles" : 2,
                    "partIds" : [ 3, 3 ]
                  }, {
                    "path" : "root/seat",
                    "name" : "seat",
                    "mode" : "Triangles",
                    "triangles" : 12,
                    "partIds" : [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ]
                  }, {
                    "path" : "root/misc",
                    "name" : "misc",
                    "mode" : "Triangles",
                    "triangles" : 2,
                    "partIds" : [ -1, -1 ]
                  } ]
                }""",
                Files.readString(json, StandardCharsets.UTF_8));

        LabelsJsonWriter.write(new Node("empty"), "e.j3o", json);
        assertEquals(
                """
                {
                  "format" : "iseg3d-labels",
                  "version" : 1,
                  "model" : "e.j3o",
                  "parts" : [ ],
                  "geometries" : [ ]
                }""",
                Files.readString(json, StandardCharsets.UTF_8));
    }
}
