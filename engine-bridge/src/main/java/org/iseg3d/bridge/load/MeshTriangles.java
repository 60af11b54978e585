package org.iseg3d.bridge.load;

import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;

/**
 * The triangles of a jME mesh as a flat vertex-index list: Triangles as stored (extra indices ignored),
 * TriangleStrip with every odd triangle's first two corners swapped, TriangleFan around index 0; other modes give
 * no triangles. The one reader of mesh triangles: {@link SceneFlattener} (after validating the buffers) and the
 * write-back and label transfer use it, so triangle k here is {@code sourceTriangleIndex == k} of a
 * {@link TriangleSoup}. O(indices).
 */
public final class MeshTriangles {

    private MeshTriangles() {}

    /** True for the modes {@link #indices} converts. */
    public static boolean isTriangleMode(Mesh.Mode mode) {
        return mode == Mesh.Mode.Triangles || mode == Mesh.Mode.TriangleStrip || mode == Mesh.Mode.TriangleFan;
    }

    /** Vertex count of the mesh (elements of its position buffer), 0 without positions. */
    public static int vertexCount(Mesh mesh) {
        VertexBuffer pb = mesh.getBuffer(VertexBuffer.Type.Position);
        return pb == null || pb.getData() == null ? 0 : pb.getData().limit() / pb.getNumComponents();
    }

    /**
     * Three vertex indices per triangle (an empty array for non-triangle modes or meshes without positions).
     */
    public static int[] indices(Mesh mesh) {
        if (!isTriangleMode(mesh.getMode())) {
            return new int[0];
        }
        int vertexCount = vertexCount(mesh);
        if (vertexCount == 0) {
            return new int[0];
        }
        int[] raw;
        VertexBuffer ib = mesh.getBuffer(VertexBuffer.Type.Index);
        if (ib != null && ib.getData() != null) {
            IndexBuffer indices = mesh.getIndexBuffer();
            raw = new int[indices.size()];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = indices.get(i);
            }
        } else {
            raw = new int[vertexCount];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = i;
            }
        }
        int n = raw.length;
        int count = mesh.getMode() == Mesh.Mode.Triangles ? n / 3 : Math.max(0, n - 2);
        int[] tri = new int[3 * count];
        switch (mesh.getMode()) {
            case Triangles -> System.arraycopy(raw, 0, tri, 0, 3 * count);
            case TriangleStrip -> {
                for (int k = 0; k < count; k++) {
                    boolean odd = (k & 1) == 1;
                    tri[3 * k] = odd ? raw[k + 1] : raw[k];
                    tri[3 * k + 1] = odd ? raw[k] : raw[k + 1];
                    tri[3 * k + 2] = raw[k + 2];
                }
            }
            default -> {
                for (int k = 0; k < count; k++) {
                    tri[3 * k] = raw[0];
                    tri[3 * k + 1] = raw[k + 1];
                    tri[3 * k + 2] = raw[k + 2];
                }
            }
        }
        return tri;
    }
}
