package org.iseg3d.gltf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.javagl.jgltf.model.AccessorModel;
import de.javagl.jgltf.model.ElementType;
import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.impl.DefaultAccessorModel;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultMeshPrimitiveModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import de.javagl.jgltf.model.impl.DefaultSceneModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class GltfBuffersTest {

    @Test
    void indicesAreLittleEndianShortsOrIntsOfTheFirstCount() {
        int[] idx = {0, 1, 70000, 3};
        DefaultAccessorModel small = GltfBuffers.indices(idx, 3, true);
        assertEquals(GltfConstants.GL_UNSIGNED_SHORT, small.getComponentType());
        assertEquals(3, small.getCount());
        ByteBuffer b = small.getAccessorData().createByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(6, b.remaining());
        assertEquals((short) 70000, b.getShort(4)); // truncated: the caller picks short only for small meshes
        DefaultAccessorModel large = GltfBuffers.indices(idx, 4, false);
        assertEquals(GltfConstants.GL_UNSIGNED_INT, large.getComponentType());
        ByteBuffer c = large.getAccessorData().createByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(16, c.remaining());
        assertEquals(70000, c.getInt(8));
    }

    @Test
    void floatsCountElementsAndPackedModelHasOneBuffer() {
        float[] xyz = {0, 0, 0, 1, 0, 0, 0, 1, 0};
        DefaultAccessorModel pos = GltfBuffers.floats(xyz, ElementType.VEC3);
        assertEquals(3, pos.getCount());
        assertEquals(
                1f,
                pos.getAccessorData()
                        .createByteBuffer()
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .getFloat(12));
        assertEquals(
                4,
                GltfBuffers.floats(new float[] {0, 0, 1, 1, 2, 2, 3, 3}, ElementType.VEC2)
                        .getCount());

        DefaultGltfModel model = new DefaultGltfModel();
        DefaultMeshPrimitiveModel primitive = new DefaultMeshPrimitiveModel(GltfConstants.GL_TRIANGLES);
        primitive.putAttribute("POSITION", pos);
        primitive.setIndices(GltfBuffers.indices(new int[] {0, 1, 2}, 3, true));
        DefaultMeshModel mesh = new DefaultMeshModel();
        mesh.addMeshPrimitiveModel(primitive);
        model.addMeshModel(mesh);
        DefaultNodeModel node = new DefaultNodeModel();
        node.addMeshModel(mesh);
        model.addNodeModel(node);
        DefaultSceneModel scene = new DefaultSceneModel();
        scene.addNode(node);
        model.addSceneModel(scene);
        GltfBuffers.packed(model);
        assertEquals(1, model.getBufferModels().size());
        assertEquals(2, model.getAccessorModels().size());
        for (AccessorModel a : model.getAccessorModels()) {
            assertEquals(model.getBufferModels().get(0), a.getBufferViewModel().getBufferModel());
        }
    }
}
