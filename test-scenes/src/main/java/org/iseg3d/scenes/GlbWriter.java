package org.iseg3d.scenes;

import de.javagl.jgltf.model.AccessorDatas;
import de.javagl.jgltf.model.ElementType;
import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.impl.DefaultAccessorModel;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultMeshPrimitiveModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import de.javagl.jgltf.model.impl.DefaultSceneModel;
import de.javagl.jgltf.model.io.GltfModelWriter;
import de.javagl.jgltf.model.structure.BufferBuilderStrategies;
import de.javagl.jgltf.model.structure.BufferBuilderStrategy;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

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

    private GlbWriter() {
    }

    /** Writes the object atomically (temporary file in the target folder, then an atomic move). */
    public static void write(SceneObject object, Path file) throws IOException {
        byte[] bytes = toBytes(object);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // sibling temp file (same file system, so the move can be atomic); default permissions
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
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
            primitive.putAttribute("POSITION", floatAccessor(part.positions()));
            primitive.putAttribute("NORMAL", floatAccessor(part.normals()));
            primitive.setIndices(indexAccessor(part.indices(), part.vertexCount()));
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

        BufferBuilderStrategy buffers = BufferBuilderStrategies.createDefault();
        buffers.process(model);
        model.addAccessorModels(buffers.getAccessorModels());
        model.addBufferViewModels(buffers.getBufferViewModels());
        model.addBufferModels(buffers.getBufferModels());
        return model;
    }

    private static DefaultAccessorModel floatAccessor(float[] xyz) {
        ByteBuffer bytes = ByteBuffer.allocate(xyz.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(xyz);
        DefaultAccessorModel accessor = new DefaultAccessorModel(GltfConstants.GL_FLOAT, xyz.length / 3,
                ElementType.VEC3);
        accessor.setAccessorData(AccessorDatas.create(accessor, bytes));
        return accessor;
    }

    private static DefaultAccessorModel indexAccessor(int[] indices, int vertexCount) {
        if (vertexCount <= 0xFFFF) {
            ByteBuffer bytes = ByteBuffer.allocate(indices.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int i : indices) {
                bytes.putShort((short) i);
            }
            bytes.flip();
            DefaultAccessorModel accessor = new DefaultAccessorModel(GltfConstants.GL_UNSIGNED_SHORT, indices.length,
                    ElementType.SCALAR);
            accessor.setAccessorData(AccessorDatas.create(accessor, bytes));
            return accessor;
        }
        ByteBuffer bytes = ByteBuffer.allocate(indices.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(indices);
        DefaultAccessorModel accessor = new DefaultAccessorModel(GltfConstants.GL_UNSIGNED_INT, indices.length,
                ElementType.SCALAR);
        accessor.setAccessorData(AccessorDatas.create(accessor, bytes));
        return accessor;
    }
}
