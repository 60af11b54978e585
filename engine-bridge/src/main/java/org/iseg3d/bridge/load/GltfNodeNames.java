package org.iseg3d.bridge.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.jme3.scene.Geometry;
import com.jme3.scene.Spatial;
import com.jme3.scene.plugins.gltf.GlbLoader;
import com.jme3.scene.plugins.gltf.GltfLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * glTF loaders that remember each glTF node's name on the spatial jME creates for it.
 *
 * <p>jME 3.6's {@link GltfLoader} names a node's spatial after its <em>mesh</em> when the mesh has a name
 * (node {@code leg_1} with mesh {@code legMesh} becomes Geometry {@code legMesh}), and after the node only when
 * the mesh is unnamed; multi-primitive meshes become a Node (mesh name) with Geometries {@code <mesh>_0},
 * {@code <mesh>_1}, ... Part names in exported assets live on the glTF nodes, so these subclasses store the node
 * name as user data {@link #USER_DATA_KEY} on the spatial returned for that node.
 *
 * <p>jME drops node {@code extras} unless a custom {@code ExtrasLoader} is set on a {@code GltfModelKey}; these
 * subclasses also copy every scalar node extra whose key starts with {@value #EXTRAS_PREFIX} (the part labels
 * {@code iseg3d.part} and {@code iseg3d.partId} written by {@code org.iseg3d.bridge.io.GltfSceneExporter}) into
 * user data of the same key: strings as String, booleans as Boolean, integral numbers as Integer (Long beyond the
 * int range), other finite numbers as Float. Other extras are ignored. They also keep the per-vertex ground-truth
 * attribute {@code _PART} ({@link GltfPartAttribute}), which jME drops.
 */
final class GltfNodeNames {

    /** User-data key holding the glTF node name of a spatial created for a glTF node. */
    static final String USER_DATA_KEY = "iseg3d.gltfNodeName";
    /** Node extras with keys starting with this are copied into user data. */
    static final String EXTRAS_PREFIX = "iseg3d.";

    private GltfNodeNames() {}

    static void record(GltfLoader loader, int nodeIndex, Object loaded) {
        if (!(loaded instanceof Spatial spatial)) {
            return;
        }
        JsonObject doc = loader.getDocRoot();
        if (doc == null) {
            return;
        }
        JsonArray nodes = doc.getAsJsonArray("nodes");
        if (nodes == null || nodeIndex < 0 || nodeIndex >= nodes.size()) {
            return;
        }
        JsonElement node = nodes.get(nodeIndex);
        if (!node.isJsonObject()) {
            return;
        }
        JsonElement name = node.getAsJsonObject().get("name");
        if (name != null && name.isJsonPrimitive() && !name.getAsString().isBlank()) {
            spatial.setUserData(USER_DATA_KEY, name.getAsString());
        }
        JsonElement extras = node.getAsJsonObject().get("extras");
        if (extras != null && extras.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : extras.getAsJsonObject().entrySet()) {
                if (e.getKey().startsWith(EXTRAS_PREFIX)
                        && !e.getKey().equals(USER_DATA_KEY)
                        && e.getValue().isJsonPrimitive()) {
                    Object value = scalar(e.getValue().getAsJsonPrimitive());
                    if (value != null) {
                        spatial.setUserData(e.getKey(), value);
                    }
                }
            }
        }
    }

    /** A JSON scalar as a user-data value, or null if it has none (non-finite number). */
    static Object scalar(JsonPrimitive p) {
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isString()) {
            return p.getAsString();
        }
        BigDecimal d;
        try {
            d = p.getAsBigDecimal();
        } catch (NumberFormatException e) {
            return null;
        }
        if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
            try {
                long v = d.longValueExact();
                if (v == (int) v) {
                    return (int) v;
                }
                return v;
            } catch (ArithmeticException e) {
                // beyond long: fall through to float
            }
        }
        float f = d.floatValue();
        return Float.isFinite(f) ? f : null;
    }

    /** {@code .gltf} loader recording node names. */
    public static final class Gltf extends GltfLoader {
        @Override
        public Object readNode(int nodeIndex) throws IOException {
            Object loaded = super.readNode(nodeIndex);
            record(this, nodeIndex, loaded);
            return loaded;
        }

        @Override
        public Geometry[] readMeshPrimitives(int meshIndex) throws IOException {
            Geometry[] primitives = super.readMeshPrimitives(meshIndex);
            GltfPartAttribute.record(this, meshIndex, primitives);
            return primitives;
        }
    }

    /** {@code .glb} loader recording node names. */
    public static final class Glb extends GlbLoader {
        @Override
        public Object readNode(int nodeIndex) throws IOException {
            Object loaded = super.readNode(nodeIndex);
            record(this, nodeIndex, loaded);
            return loaded;
        }

        @Override
        public Geometry[] readMeshPrimitives(int meshIndex) throws IOException {
            Geometry[] primitives = super.readMeshPrimitives(meshIndex);
            GltfPartAttribute.record(this, meshIndex, primitives);
            return primitives;
        }
    }
}
