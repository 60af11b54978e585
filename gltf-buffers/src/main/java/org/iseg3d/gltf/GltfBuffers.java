package org.iseg3d.gltf;

import de.javagl.jgltf.model.AccessorDatas;
import de.javagl.jgltf.model.ElementType;
import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.impl.DefaultAccessorModel;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.structure.BufferBuilderStrategies;
import de.javagl.jgltf.model.structure.BufferBuilderStrategy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Accessor and buffer packing for glTF models built with jgltf-model: little-endian float and index accessors, and
 * the final step that lays all accessors out in buffer views and one buffer. Shared by the benchmark's
 * {@code GlbWriter} (test-scenes) and the scene exporter of engine-bridge. Stateless and thread-safe.
 */
public final class GltfBuffers {

    private GltfBuffers() {}

    /** A float accessor of {@code data.length / type components} elements (e.g. VEC3 positions). */
    public static DefaultAccessorModel floats(float[] data, ElementType type) {
        ByteBuffer bytes = ByteBuffer.allocate(data.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(data);
        DefaultAccessorModel accessor =
                new DefaultAccessorModel(GltfConstants.GL_FLOAT, data.length / type.getNumComponents(), type);
        accessor.setAccessorData(AccessorDatas.create(accessor, bytes));
        return accessor;
    }

    /**
     * A scalar index accessor of the first {@code count} indices, unsigned short when {@code unsignedShort} (the
     * caller decides by its vertex count, leaving room for a primitive-restart value or not), else unsigned int.
     */
    public static DefaultAccessorModel indices(int[] indices, int count, boolean unsignedShort) {
        ByteBuffer bytes = ByteBuffer.allocate(count * (unsignedShort ? Short.BYTES : Integer.BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            if (unsignedShort) {
                bytes.putShort((short) indices[i]);
            } else {
                bytes.putInt(indices[i]);
            }
        }
        bytes.flip();
        DefaultAccessorModel accessor = new DefaultAccessorModel(
                unsignedShort ? GltfConstants.GL_UNSIGNED_SHORT : GltfConstants.GL_UNSIGNED_INT,
                count,
                ElementType.SCALAR);
        accessor.setAccessorData(AccessorDatas.create(accessor, bytes));
        return accessor;
    }

    /** Lays out every accessor of the finished model in buffer views and a buffer (jgltf's default strategy). */
    public static DefaultGltfModel packed(DefaultGltfModel model) {
        BufferBuilderStrategy buffers = BufferBuilderStrategies.createDefault();
        buffers.process(model);
        model.addAccessorModels(buffers.getAccessorModels());
        model.addBufferViewModels(buffers.getBufferViewModels());
        model.addBufferModels(buffers.getBufferModels());
        return model;
    }
}
