package org.iseg3d.scenes;

import de.javagl.jgltf.model.ElementType;
import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultMeshPrimitiveModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import de.javagl.jgltf.model.impl.DefaultSceneModel;
import de.javagl.jgltf.model.io.GltfModelWriter;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.gltf.GltfBuffers;

/**
 * Writes a {@link SceneObject} as binary glTF 2.0 ({@code .glb}) with jgltf-model: one scene whose
 * root node is named after the object, with exactly one child node per part named after the part,
 * each holding its own mesh (POSITION, NORMAL, triangle indices, one material).
 */
public final class GlbWriter {

    private static final Logger LOG = LogManager.getLogger(GlbWriter.class);

    /** Fixed, deterministic palette (linear RGB) cycled over the parts. */
    private static final float[][] PALETTE = {
        {0.80f, 0.30f, 0.25f}, {0.25f, 0.55f, 0.80f}, {0.35f, 0.70f, 0.35f}, {0.85f, 0.70f, 0.25f},
        {0.60f, 0.40f, 0.75f}, {0.30f, 0.75f, 0.70f}, {0.85f, 0.50f, 0.20f}, {0.55f, 0.55f, 0.55f},
    };

    private GlbWriter() {}

    /** Writes the object atomically (temporary file in the target folder, then an atomic move). */
    public static void write(SceneObject object, Path file) throws IOException {
        byte[] bytes = toBytes(object);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // sibling temp file (same file system, so the move can be atomic); default permissions
        Path tmp = dir.resolve("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(
                    tmp,
                    bytes,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.debug("atomic move not supported for {}, falling back to replace", target);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        LOG.debug("wrote {} ({} parts, {} bytes)", target, object.parts().size(), bytes.length);
    }

    /** The .glb bytes of the object (deterministic for equal objects). */
    public static byte[] toBytes(SceneObject object) throws IOException {
        DefaultGltfModel model = toModel(object);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GltfModelWriter().writeBinary(model, out);
        return out.toByteArray();
    }

    static DefaultGltfModel toModel(SceneObject object) {
        DefaultGltfModel model = new DefaultGltfModel();
        model.getAssetModel().setGenerator("iseg3d test-scenes");
        DefaultSceneModel scene = new DefaultSceneModel();
        scene.setName(object.name());
        DefaultNodeModel root = new DefaultNodeModel();
        root.setName(object.name());
        int k = 0;
        for (MeshPart part : object.parts()) {
            MaterialModelV2 material = new MaterialModelV2();
            material.setName(part.name());
            float[] c = PALETTE[k++ % PALETTE.length];
            material.setBaseColorFactor(new float[] {c[0], c[1], c[2], 1f});
            material.setMetallicFactor(0f);
            material.setRoughnessFactor(0.7f);
            model.addMaterialModel(material);

            DefaultMeshPrimitiveModel primitive = new DefaultMeshPrimitiveModel(GltfConstants.GL_TRIANGLES);
            primitive.putAttribute("POSITION", GltfBuffers.floats(part.positions(), ElementType.VEC3));
            primitive.putAttribute("NORMAL", GltfBuffers.floats(part.normals(), ElementType.VEC3));
            int[] indices = part.indices();
            primitive.setIndices(GltfBuffers.indices(indices, indices.length, part.vertexCount() <= 0xFFFF));
            primitive.setMaterialModel(material);
            DefaultMeshModel mesh = new DefaultMeshModel();
            mesh.setName(part.name());
            mesh.addMeshPrimitiveModel(primitive);
            model.addMeshModel(mesh);

            DefaultNodeModel node = new DefaultNodeModel();
            node.setName(part.name());
            node.addMeshModel(mesh);
            root.addChild(node);
            node.setParent(root);
        }
        model.addNodeModel(root);
        for (var child : root.getChildren()) {
            model.addNodeModel((DefaultNodeModel) child);
        }
        scene.addNode(root);
        model.addSceneModel(scene);

        return GltfBuffers.packed(model);
    }
}
