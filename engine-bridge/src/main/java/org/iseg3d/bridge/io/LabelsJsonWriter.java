package org.iseg3d.bridge.io;

import com.google.gson.JsonPrimitive;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.iseg3d.bridge.load.NodePaths;

/**
 * Writes the part label of every triangle of a scene as JSON, for pipelines that do not read glTF extras or j3o
 * user data: {@code <model file>.labels.json} next to an exported model.
 *
 * <pre>{@code
 * {
 *   "format": "iseg3d-labels", "version": 1, "model": "chair.glb",
 *   "parts": [{"id": 0, "name": "seat"}, {"id": 1, "name": "back"}],
 *   "geometries": [
 *     {"path": "chair/seat/seat_0", "name": "seat_0", "mode": "Triangles", "triangles": 2, "partIds": [0, 0]}
 *   ]
 * }
 * }</pre>
 * {@code parts} lists every labelled part once, by id. {@code geometries} lists every Geometry with at least one
 * triangle (mode Triangles, TriangleStrip or TriangleFan) in depth-first order, the Geometries a flattened soup has;
 * {@code path} is its node path ({@link NodePaths}, the same as {@code SourceGeometry.path()} after loading the
 * scene); {@code partIds[k]} is the
 * part of triangle k of that mesh (k as in {@code TriangleSoup.sourceTriangleIndex}: index triple k for
 * triangle lists, position k in a strip or fan), {@value PartUserData#UNLABELLED} if unlabelled. A Geometry's
 * label is {@link PartUserData#of}; the format allows different ids inside one Geometry. Written atomically, in UTF-8,
 * one field a line and a Geometry's ids on one line (the layout above; strings escaped by Gson). Cost O(triangles).
 */
public final class LabelsJsonWriter {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "iseg3d-labels";
    /** Value of the {@code version} field. */
    public static final int VERSION = 1;
    /** Suffix appended to the model file's name. */
    public static final String SUFFIX = ".labels.json";

    private LabelsJsonWriter() {}

    /** The sidecar path of a model file: {@code chair.glb} → {@code chair.glb.labels.json}. */
    public static Path sidecarOf(Path modelFile) {
        Path name = Objects.requireNonNull(modelFile.getFileName(), "model file name");
        return modelFile.resolveSibling(name + SUFFIX);
    }

    /** Writes {@link #sidecarOf(Path) sidecarOf(modelFile)} for {@code scene}; returns its path. */
    public static Path writeSidecar(Spatial scene, Path modelFile) throws SceneWriteException {
        Path json = sidecarOf(modelFile);
        write(scene, modelFile.getFileName().toString(), json);
        return json;
    }

    /**
     * Writes the labels of {@code scene} to {@code jsonFile}.
     *
     * @param modelName the {@code model} field (the model file's name)
     */
    public static void write(Spatial scene, String modelName, Path jsonFile) throws SceneWriteException {
        Objects.requireNonNull(scene, "scene");
        List<NodePaths.Entry> entries = NodePaths.geometries(scene);
        Map<Integer, String> parts = new TreeMap<>();
        List<int[]> ids = new ArrayList<>(entries.size());
        for (NodePaths.Entry e : entries) {
            int triangles = triangleCount(e.geometry().getMesh());
            PartUserData.Label label = PartUserData.of(e.geometry()).orElse(null);
            int id = PartUserData.UNLABELLED;
            if (label != null) {
                id = label.id();
                parts.putIfAbsent(id, label.name());
            }
            int[] perTriangle = new int[Math.max(triangles, 0)];
            java.util.Arrays.fill(perTriangle, id);
            ids.add(triangles <= 0 ? null : perTriangle);
        }
        AtomicWrite.write(jsonFile, out -> out, out -> {
            Writer json = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.write("{\n  \"format\" : " + quote(FORMAT) + ",\n  \"version\" : " + VERSION + ",\n  \"model\" : "
                    + quote(modelName) + ",\n  \"parts\" : [");
            String sep = " ";
            for (Map.Entry<Integer, String> p : parts.entrySet()) {
                json.write(
                        sep + "{\n    \"id\" : " + p.getKey() + ",\n    \"name\" : " + quote(p.getValue()) + "\n  }");
                sep = ", ";
            }
            json.write(" ],\n  \"geometries\" : [");
            sep = " ";
            for (int i = 0; i < entries.size(); i++) {
                int[] perTriangle = ids.get(i);
                if (perTriangle == null) {
                    continue;
                }
                Geometry g = entries.get(i).geometry();
                json.write(sep + "{\n    \"path\" : " + quote(entries.get(i).path()) + ",\n    \"name\" : "
                        + quote(g.getName()) + ",\n    \"mode\" : "
                        + quote(g.getMesh().getMode().name())
                        + ",\n    \"triangles\" : " + perTriangle.length + ",\n    \"partIds\" : [ ");
                for (int k = 0; k < perTriangle.length; k++) {
                    if (k > 0) {
                        json.write(", ");
                    }
                    json.write(Integer.toString(perTriangle[k]));
                }
                json.write(" ]\n  }");
                sep = ", ";
            }
            json.write(" ]\n}");
            json.flush();
        });
    }

    /** A JSON string literal (Gson's escaping: quote, backslash and control characters; other text as is). */
    private static String quote(String s) {
        return s == null ? "null" : new JsonPrimitive(s).toString();
    }

    /**
     * Triangles of a mesh as the flattener counts them: n/3 for a list, n-2 for a strip or fan (n = index count, or
     * vertex count without an index buffer); -1 for meshes without triangles (points, lines, no mesh).
     */
    static int triangleCount(Mesh mesh) {
        if (mesh == null) {
            return -1;
        }
        Mesh.Mode mode = mesh.getMode();
        if (mode != Mesh.Mode.Triangles && mode != Mesh.Mode.TriangleStrip && mode != Mesh.Mode.TriangleFan) {
            return -1;
        }
        VertexBuffer pb = mesh.getBuffer(VertexBuffer.Type.Position);
        if (pb == null || pb.getData() == null || pb.getNumComponents() == 0) {
            return -1;
        }
        VertexBuffer ib = mesh.getBuffer(VertexBuffer.Type.Index);
        int n = ib != null && ib.getData() != null
                ? ib.getData().limit()
                : pb.getData().limit() / pb.getNumComponents();
        return mode == Mesh.Mode.Triangles ? n / 3 : Math.max(0, n - 2);
    }
}
