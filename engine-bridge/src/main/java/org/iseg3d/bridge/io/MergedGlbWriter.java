package org.iseg3d.bridge.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.iseg3d.bridge.load.GltfPartAttribute;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Writes a model as ONE glTF mesh with its parts in the per-vertex attribute {@code _PART}
 * ({@link GltfPartAttribute}): {@code iseg3d export MODEL --merge --to OUT.glb}. The mesh is the flattened soup in
 * world space, triangle by triangle in soup order, three vertices per triangle (so parts never share a vertex; no
 * index accessor),
 * one node with the identity transform, no normals, materials or textures; the part names go into the mesh
 * {@code extras} as {@code {"iseg3d.partNames": [...]}}, an unlabelled triangle has {@code _PART} 0xFFFFFFFF.
 * Re-loading the file gives the same triangles in the same order with the same ground truth, while every
 * Geometry/node boundary of the original is gone: an evaluation that reads the answer from Geometries would score
 * the two files differently. Written atomically. Stateless and thread-safe.
 */
public final class MergedGlbWriter {

    /** The {@code _PART} value of an unlabelled triangle. */
    public static final int UNLABELLED_VALUE = 0xFFFFFFFF;

    private MergedGlbWriter() {}

    /**
     * @param soup   the model's triangles (world space)
     * @param labels its parts per triangle (ground truth or accepted parts)
     * @param name   node and mesh name
     * @param file   the {@code .glb} to write
     */
    public static void write(TriangleSoup soup, PartLabels labels, String name, Path file) throws SceneWriteException {
        byte[] glb = toGlb(soup.positions(), labels.partOfTriangle(), labels.partNames(), name);
        AtomicWrite.write(file, out -> out, out -> out.write(glb));
    }

    /**
     * The file's bytes. Written by hand rather than with jgltf's packing, which puts every attribute of a primitive
     * in one strided buffer view (POSITION's stride 12 would then apply to the 4-byte {@code _PART} too).
     */
    static byte[] toGlb(float[] positions, int[] partOfTriangle, List<String> partNames, String name) {
        int vertices = positions.length / 3;
        ByteBuffer bin = ByteBuffer.allocate(3 * 4 * vertices + 4 * vertices).order(ByteOrder.LITTLE_ENDIAN);
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < positions.length; i++) {
            bin.putFloat(positions[i]);
            min[i % 3] = Math.min(min[i % 3], positions[i]);
            max[i % 3] = Math.max(max[i % 3], positions[i]);
        }
        for (int c = 0; c < vertices; c++) {
            int p = partOfTriangle[c / 3];
            bin.putInt(p < 0 ? UNLABELLED_VALUE : p);
        }
        JsonObject doc = new JsonObject();
        JsonObject asset = new JsonObject();
        asset.addProperty("version", "2.0");
        asset.addProperty("generator", "iseg3d export --merge");
        doc.add("asset", asset);
        JsonObject buffer = new JsonObject();
        buffer.addProperty("byteLength", bin.capacity());
        doc.add("buffers", array(buffer));
        doc.add("bufferViews", array(view(0, 12L * vertices, 12), view(12L * vertices, 4L * vertices, 4)));
        JsonObject pos = accessor(0, 5126, vertices, "VEC3");
        pos.add("min", floats(min));
        pos.add("max", floats(max));
        doc.add("accessors", array(pos, accessor(1, 5125, vertices, "SCALAR")));
        JsonObject attributes = new JsonObject();
        attributes.addProperty("POSITION", 0);
        attributes.addProperty(GltfPartAttribute.ATTRIBUTE, 1);
        JsonObject primitive = new JsonObject();
        primitive.add("attributes", attributes);
        primitive.addProperty("mode", 4);
        JsonObject extras = new JsonObject();
        JsonArray names = new JsonArray();
        partNames.forEach(names::add);
        extras.add(GltfPartAttribute.NAMES_EXTRA, names);
        JsonObject mesh = new JsonObject();
        mesh.addProperty("name", name);
        mesh.add("primitives", array(primitive));
        mesh.add("extras", extras);
        doc.add("meshes", array(mesh));
        JsonObject node = new JsonObject();
        node.addProperty("name", name);
        node.addProperty("mesh", 0);
        doc.add("nodes", array(node));
        JsonObject scene = new JsonObject();
        scene.addProperty("name", name);
        JsonArray roots = new JsonArray();
        roots.add(0);
        scene.add("nodes", roots);
        doc.add("scenes", array(scene));
        doc.addProperty("scene", 0);
        byte[] json = doc.toString().getBytes(StandardCharsets.UTF_8);
        int jsonLength = (json.length + 3) & ~3;
        int binLength = (bin.capacity() + 3) & ~3;
        ByteBuffer out =
                ByteBuffer.allocate(12 + 8 + jsonLength + 8 + binLength).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(out.capacity());
        out.putInt(jsonLength).putInt(0x4E4F534A).put(json);
        for (int i = json.length; i < jsonLength; i++) {
            out.put((byte) ' ');
        }
        out.putInt(binLength).putInt(0x004E4942).put(bin.array());
        return out.array();
    }

    private static JsonArray array(JsonObject... items) {
        JsonArray a = new JsonArray();
        for (JsonObject o : items) {
            a.add(o);
        }
        return a;
    }

    private static JsonObject view(long offset, long length, int stride) {
        JsonObject v = new JsonObject();
        v.addProperty("buffer", 0);
        v.addProperty("byteOffset", offset);
        v.addProperty("byteLength", length);
        v.addProperty("byteStride", stride);
        v.addProperty("target", 34962);
        return v;
    }

    private static JsonObject accessor(int view, int componentType, int count, String type) {
        JsonObject a = new JsonObject();
        a.addProperty("bufferView", view);
        a.addProperty("componentType", componentType);
        a.addProperty("count", count);
        a.addProperty("type", type);
        return a;
    }

    private static JsonArray floats(float[] v) {
        JsonArray a = new JsonArray();
        for (float f : v) {
            a.add(f);
        }
        return a;
    }
}
