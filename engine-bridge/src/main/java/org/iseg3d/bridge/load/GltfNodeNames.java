package org.iseg3d.bridge.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.jme3.scene.Spatial;
import com.jme3.scene.plugins.gltf.GlbLoader;
import com.jme3.scene.plugins.gltf.GltfLoader;
import java.io.IOException;

/**
 * glTF loaders that remember each glTF node's name on the spatial jME creates for it.
 *
 * <p>jME 3.6's {@link GltfLoader} names a node's spatial after its <em>mesh</em> when the mesh has a name
 * (node {@code leg_1} with mesh {@code legMesh} becomes Geometry {@code legMesh}), and after the node only when
 * the mesh is unnamed; multi-primitive meshes become a Node (mesh name) with Geometries {@code <mesh>_0},
 * {@code <mesh>_1}, ... Part names in exported assets live on the glTF nodes, so these subclasses store the node
 * name as user data {@link #USER_DATA_KEY} on the spatial returned for that node.
 */
final class GltfNodeNames {

    /** User-data key holding the glTF node name of a spatial created for a glTF node. */
    static final String USER_DATA_KEY = "iseg3d.gltfNodeName";

    private GltfNodeNames() {
    }

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
    }

    /** {@code .gltf} loader recording node names. */
    public static final class Gltf extends GltfLoader {
        @Override
        public Object readNode(int nodeIndex) throws IOException {
            Object loaded = super.readNode(nodeIndex);
            record(this, nodeIndex, loaded);
            return loaded;
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
    }
}
