package org.iseg3d.core.mesh;

/**
 * The result of {@link VertexWelding}: a welded vertex id per triangle corner (3 per triangle, dense from 0, in
 * order of first corner) and the position of each welded vertex (that of its first corner). Arrays are owned by the
 * record; callers must not modify them.
 */
public record WeldedMesh(int[] vertexOfCorner, float[] vertices) {

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return vertexOfCorner.length / 3;
    }
}
