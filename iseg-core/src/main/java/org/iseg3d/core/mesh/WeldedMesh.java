package org.iseg3d.core.mesh;

/**
 * The result of {@link VertexWelding}: a welded vertex id per triangle corner (3 per triangle, dense from 0, in
 * order of first corner), the position of each welded vertex (that of its first corner, -0 folded into +0) and the
 * bounding-box diagonal of the mesh. Arrays are owned by the record; callers must not modify them.
 */
public record WeldedMesh(int[] vertexOfCorner, float[] vertices, double diagonal) {

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return vertexOfCorner.length / 3;
    }
}
