package org.iseg3d.bridge.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.plugins.gltf.GltfLoader;
import com.jme3.util.BufferUtils;
import java.io.IOException;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Per-vertex ground-truth parts in glTF (issue 12): a primitive attribute {@value #ATTRIBUTE} (SCALAR, unsigned
 * int, short or byte; parts do not share vertices) holding a part index per vertex, and the part names in the mesh's
 * {@code extras} under {@value #NAMES_EXTRA}, e.g. {@code {"iseg3d.partNames": ["seat", "back"]}}. A value outside
 * the names (such as 0xFFFFFFFF) means unlabelled. Written by {@code iseg3d export --merge}
 * ({@link org.iseg3d.bridge.io.MergedGlbWriter}); such a file carries its ground truth independently of how it is
 * split into nodes or Geometries.
 *
 * <p>jME's glTF loader drops unknown attributes, so our loaders ({@link GltfNodeNames}) read the accessor after each
 * mesh and keep it on the Geometry as user data: {@value #VALUES_KEY} (a {@link VertexBuffer} used only as a
 * Savable int container, never attached to the mesh) and {@value #NAMES_KEY} (the names, one per line). The
 * segmentation never reads them; only {@link PartLabels} does, into the ground truth.
 */
public final class GltfPartAttribute {

    /** The glTF attribute name. */
    public static final String ATTRIBUTE = "_PART";
    /** The mesh extras key of the part names. */
    public static final String NAMES_EXTRA = "iseg3d.partNames";
    /** User data: the part index per mesh vertex. */
    public static final String VALUES_KEY = "iseg3d.gt.partOfVertex";
    /** User data: the part names, joined by '\n'. */
    public static final String NAMES_KEY = "iseg3d.gt.partNames";

    private static final Logger LOG = LogManager.getLogger(GltfPartAttribute.class);

    private GltfPartAttribute() {}

    /** Reads {@value #ATTRIBUTE} of mesh {@code meshIndex}'s primitives onto the Geometries jME made of them. */
    static void record(GltfLoader loader, int meshIndex, Geometry[] primitives) throws IOException {
        JsonObject doc = loader.getDocRoot();
        if (doc == null || primitives == null || !doc.has("meshes")) {
            return;
        }
        JsonObject mesh = doc.getAsJsonArray("meshes").get(meshIndex).getAsJsonObject();
        JsonArray prims = mesh.getAsJsonArray("primitives");
        if (prims == null) {
            return;
        }
        String names = names(mesh.get("extras"));
        for (int p = 0; p < prims.size() && p < primitives.length; p++) {
            JsonObject attrs = prims.get(p).getAsJsonObject().getAsJsonObject("attributes");
            if (attrs == null || !attrs.has(ATTRIBUTE) || primitives[p] == null) {
                continue;
            }
            int[] values = read(loader, doc, attrs.get(ATTRIBUTE).getAsInt());
            Mesh m = primitives[p].getMesh();
            if (values == null
                    || m.getBuffer(VertexBuffer.Type.Position) == null
                    || values.length != m.getVertexCount()) {
                LOG.warn(
                        "mesh {} primitive {}: {} ignored (not one unsigned SCALAR per vertex)",
                        meshIndex,
                        p,
                        ATTRIBUTE);
                continue;
            }
            VertexBuffer box = new VertexBuffer(VertexBuffer.Type.Index);
            box.setupData(
                    VertexBuffer.Usage.CpuOnly,
                    1,
                    VertexBuffer.Format.UnsignedInt,
                    BufferUtils.createIntBuffer(values));
            primitives[p].setUserData(VALUES_KEY, box);
            primitives[p].setUserData(NAMES_KEY, names);
        }
    }

    private static int[] read(GltfLoader loader, JsonObject doc, int accessorIndex) throws IOException {
        JsonObject acc = doc.getAsJsonArray("accessors").get(accessorIndex).getAsJsonObject();
        if (!"SCALAR".equals(acc.get("type").getAsString()) || !acc.has("bufferView")) {
            return null;
        }
        int count = acc.get("count").getAsInt();
        int offset = acc.has("byteOffset") ? acc.get("byteOffset").getAsInt() : 0;
        int bufferView = acc.get("bufferView").getAsInt();
        int type = acc.get("componentType").getAsInt();
        int[] out = new int[count];
        switch (type) {
            case 5125 -> { // unsigned int
                IntBuffer store = BufferUtils.createIntBuffer(count);
                loader.readBuffer(bufferView, offset, count, store, 1, VertexBuffer.Format.UnsignedInt);
                store.rewind();
                store.get(out);
            }
            case 5123 -> { // unsigned short
                short[] s = new short[count];
                loader.readBuffer(bufferView, offset, count, s, 1, VertexBuffer.Format.UnsignedShort);
                for (int i = 0; i < count; i++) {
                    out[i] = s[i] & 0xFFFF;
                }
            }
            case 5121 -> { // unsigned byte
                byte[] b = new byte[count];
                loader.readBuffer(bufferView, offset, count, b, 1, VertexBuffer.Format.UnsignedByte);
                for (int i = 0; i < count; i++) {
                    out[i] = b[i] & 0xFF;
                }
            }
            default -> {
                return null;
            }
        }
        return out;
    }

    private static String names(JsonElement extras) {
        List<String> out = new ArrayList<>();
        if (extras != null
                && extras.isJsonObject()
                && extras.getAsJsonObject().has(NAMES_EXTRA)
                && extras.getAsJsonObject().get(NAMES_EXTRA).isJsonArray()) {
            for (JsonElement e : extras.getAsJsonObject().getAsJsonArray(NAMES_EXTRA)) {
                out.add(e.isJsonPrimitive() ? e.getAsString().replace('\n', ' ') : "");
            }
        }
        return String.join("\n", out);
    }

    /** The part index per vertex of a Geometry loaded with {@value #ATTRIBUTE}, or null. */
    static int[] partOfVertex(Geometry g) {
        Object box = g.getUserData(VALUES_KEY);
        if (!(box instanceof VertexBuffer vb) || !(vb.getData() instanceof IntBuffer ib)) {
            return null;
        }
        int[] out = new int[ib.limit()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ib.get(i);
        }
        return out;
    }

    /** The part names of a Geometry loaded with {@value #ATTRIBUTE} (empty list if none were given). */
    static List<String> partNames(Geometry g) {
        Object s = g.getUserData(NAMES_KEY);
        return s instanceof String str && !str.isEmpty() ? List.of(str.split("\n", -1)) : List.of();
    }
}
