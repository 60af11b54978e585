package org.iseg3d.bridge.io;

import com.jme3.math.Quaternion;
import com.jme3.math.Transform;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import de.javagl.jgltf.model.impl.DefaultSceneModel;
import de.javagl.jgltf.model.io.GltfModelWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.gltf.GltfBuffers;

/**
 * Exports a jME scene graph as glTF 2.0 with jgltf-model: {@code .glb} (binary container) or {@code .gltf} (JSON with
 * the buffer embedded as a base64 data URI), chosen by the file extension. Written atomically like
 * {@link SceneSaver}.
 *
 * <p>Mapping (one glTF node per jME spatial, depth-first, children in order):
 * <ul>
 *   <li>the glTF scene is named after the root; a root Node with an identity transform and no exported user data
 *   is not written itself, its children become the scene's nodes (so re-loading the file with jME gives back a root
 *   with the same name and children);</li>
 *   <li>a Node becomes a node without mesh (name, translation / rotation / scale); a part Node of write-back is
 *   therefore one glTF node;</li>
 *   <li>a Geometry becomes a node with a one-primitive mesh named like the Geometry (jME names the re-loaded
 *   Geometry after the mesh): POSITION, NORMAL, TEXCOORD_0 and COLOR_0 when the jME mesh has them as float
 *   buffers, always an index accessor (unsigned short below 65535 vertices, else unsigned int), the mesh mode
 *   (triangles, strip, fan, points, lines, line strip, line loop), and a metallic-roughness material carrying only
 *   the base colour of the jME material ({@code BaseColor}, {@code Color} or {@code Diffuse});</li>
 *   <li>user data with a scalar value (String, Boolean, finite numbers), among them the part labels
 *   {@link PartUserData#PART} and {@link PartUserData#PART_ID}, goes into the node's {@code extras}, e.g.
 *   {@code {"iseg3d.part": "seat", "iseg3d.partId": 2}}; jME's loader ignores extras, our
 *   {@code SceneLoader} copies {@code iseg3d.*} extras back into user data.</li>
 * </ul>
 * Subtrees with {@code CullHint.Always} (non-default glTF scenes) are skipped. Hybrid and Patch meshes, empty meshes
 * and meshes without float positions are written as nodes without a mesh (warning). Normals are normalised; a
 * non-finite or zero normal, texture coordinate or colour drops that attribute (warning); colours are clamped to
 * [0, 1]. A non-finite vertex position, an index out of range or a non-finite transform is an error: glTF cannot
 * represent them. Textures, skins, animations, lights and cameras are not exported.
 *
 * <p>Cost O(vertices + indices) time and about three times the mesh data in memory (jME buffers, accessor
 * buffers, the written buffer). Stateless and thread-safe; do not modify the scene while it is exported.
 */
public final class GltfSceneExporter {

    /** User data that is loader bookkeeping, not scene content. */
    private static final String GLTF_NODE_NAME = "iseg3d.gltfNodeName";

    private static final Logger LOG = LogManager.getLogger(GltfSceneExporter.class);

    /**
     * What was written.
     *
     * @param file      the written file
     * @param binary    true for {@code .glb}
     * @param nodes     glTF nodes written
     * @param meshes    meshes written (one per exported Geometry)
     * @param triangles triangles in triangle, strip and fan meshes
     * @param labelled  nodes with a {@link PartUserData#PART_ID} in their extras
     * @param warnings  one line per dropped attribute or skipped mesh
     */
    public record Result(
            Path file, boolean binary, int nodes, int meshes, long triangles, int labelled, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private GltfSceneExporter() {}

    /**
     * Writes {@code scene} to {@code file} ({@code .glb} or {@code .gltf}, case-insensitive).
     *
     * @throws SceneWriteException one line naming the file: unsupported extension, a non-finite vertex or transform,
     *                             an index out of range, or a file-system failure; the target is unchanged
     */
    public static Result export(Spatial scene, Path file) throws SceneWriteException {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean binary;
        if (lower.endsWith(".glb")) {
            binary = true;
        } else if (lower.endsWith(".gltf")) {
            binary = false;
        } else {
            throw new SceneWriteException(name + ": unsupported glTF file extension (use .glb or .gltf)");
        }
        long t0 = System.nanoTime();
        Implementation impl = new Implementation(name);
        DefaultGltfModel model = impl.build(scene);
        AtomicWrite.write(file, out -> out, out -> {
            GltfModelWriter writer = new GltfModelWriter();
            if (binary) {
                writer.writeBinary(model, out);
            } else {
                writer.writeEmbedded(model, out);
            }
        });
        for (String w : impl.warnings) {
            LOG.warn(w);
        }
        LOG.debug(
                "{}: exported {} nodes, {} meshes, {} triangles in {} ms",
                name,
                impl.nodes.size(),
                impl.meshCount,
                impl.triangles,
                (System.nanoTime() - t0) / 1_000_000);
        return new Result(
                file, binary, impl.nodes.size(), impl.meshCount, impl.triangles, impl.labelled, impl.warnings);
    }

    /** The mutable state of one export. */
    private static final class Implementation {
        private final String fileLabel;
        private final DefaultGltfModel model = new DefaultGltfModel();
        private final List<DefaultNodeModel> nodes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final GltfMeshes meshes;
        private int meshCount;
        private long triangles;
        private int labelled;

        Implementation(String fileLabel) {
            this.fileLabel = fileLabel;
            this.meshes = new GltfMeshes(fileLabel, model, warnings);
        }

        DefaultGltfModel build(Spatial root) throws SceneWriteException {
            model.getAssetModel().setGenerator("iseg3d engine-bridge");
            DefaultSceneModel scene = new DefaultSceneModel();
            String rootName = root.getName() == null || root.getName().isBlank() ? "root" : root.getName();
            scene.setName(rootName);
            boolean unwrap = root instanceof Node n
                    && !n.getChildren().isEmpty()
                    && root.getLocalTransform().equals(Transform.IDENTITY)
                    && extras(root).isEmpty();
            if (unwrap) {
                List<Spatial> children = ((Node) root).getChildren();
                for (int i = 0; i < children.size(); i++) {
                    Spatial c = children.get(i);
                    if (c.getCullHint() != Spatial.CullHint.Always) {
                        scene.addNode(convert(c, rootName + "/" + segment(c, i)));
                    }
                }
            } else {
                scene.addNode(convert(root, rootName));
            }
            nodes.forEach(model::addNodeModel);
            model.addSceneModel(scene);
            return GltfBuffers.packed(model);
        }

        private DefaultNodeModel convert(Spatial s, String path) throws SceneWriteException {
            DefaultNodeModel node = new DefaultNodeModel();
            nodes.add(node);
            if (s.getName() != null && !s.getName().isBlank()) {
                node.setName(s.getName());
            }
            transform(node, s.getLocalTransform(), path);
            Map<String, Object> extras = extras(s);
            if (!extras.isEmpty()) {
                node.setExtras(extras);
                if (extras.containsKey(PartUserData.PART_ID)) {
                    labelled++;
                }
            }
            if (s instanceof Geometry g) {
                DefaultMeshModel mesh = meshes.convert(g, path);
                if (mesh != null) {
                    node.addMeshModel(mesh);
                    meshCount++;
                    triangles += meshes.lastTriangles();
                }
            } else if (s instanceof Node n) {
                List<Spatial> children = n.getChildren();
                for (int i = 0; i < children.size(); i++) {
                    Spatial c = children.get(i);
                    if (c.getCullHint() == Spatial.CullHint.Always) {
                        LOG.debug("{}: skipping culled subtree {}", fileLabel, path + "/" + segment(c, i));
                        continue;
                    }
                    DefaultNodeModel child = convert(c, path + "/" + segment(c, i));
                    node.addChild(child);
                    child.setParent(node);
                }
            }
            return node;
        }

        private void transform(DefaultNodeModel node, Transform t, String path) throws SceneWriteException {
            Vector3f tr = t.getTranslation();
            Quaternion r = t.getRotation();
            Vector3f sc = t.getScale();
            float[] all = {tr.x, tr.y, tr.z, r.getX(), r.getY(), r.getZ(), r.getW(), sc.x, sc.y, sc.z};
            for (float v : all) {
                if (!Float.isFinite(v)) {
                    throw new SceneWriteException(
                            fileLabel + ": node '" + path + "' has a non-finite transform (" + t + ")");
                }
            }
            if (!Vector3f.ZERO.equals(tr)) {
                node.setTranslation(new float[] {tr.x, tr.y, tr.z});
            }
            if (!Quaternion.IDENTITY.equals(r)) {
                float len = (float) Math.sqrt(r.norm());
                if (len == 0) {
                    throw new SceneWriteException(fileLabel + ": node '" + path + "' has a zero rotation quaternion");
                }
                if (Math.abs(len - 1) < 1e-6f) {
                    len = 1; // already unit: keep the exact values
                }
                node.setRotation(new float[] {r.getX() / len, r.getY() / len, r.getZ() / len, r.getW() / len});
            }
            if (!Vector3f.UNIT_XYZ.equals(sc)) {
                node.setScale(new float[] {sc.x, sc.y, sc.z});
            }
        }
    }

    /** Scalar user data as glTF extras, keys sorted (deterministic output); loader bookkeeping excluded. */
    static Map<String, Object> extras(Spatial s) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : s.getUserDataKeys()) {
            if (key.equals(GLTF_NODE_NAME)) {
                continue;
            }
            Object v = s.getUserData(key);
            if (v instanceof String
                    || v instanceof Boolean
                    || v instanceof Integer
                    || v instanceof Long
                    || v instanceof Short
                    || v instanceof Byte) {
                out.put(key, v);
            } else if (v instanceof Float f && Float.isFinite(f) || v instanceof Double d && Double.isFinite(d)) {
                out.put(key, v);
            } else {
                LOG.debug("user data '{}' of {} is not a scalar, not exported", key, s.getName());
            }
        }
        return out.isEmpty() ? Map.of() : new LinkedHashMap<>(out);
    }

    private static String segment(Spatial s, int childIndex) {
        return s.getName() == null || s.getName().isBlank()
                ? "#" + childIndex
                : s.getName().replace('/', '_');
    }
}
