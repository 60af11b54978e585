package org.iseg3d.bridge.load;

import java.util.List;

/**
 * A scene flattened to world-space triangles that remember where they came from.
 *
 * <p>Triangle t has corners {@code positions[9t..9t+8]} (x,y,z of A, B, C) in world units, comes from Geometry
 * {@code geometries.get(geometryOfTriangle[t])} and is triangle {@code sourceTriangleIndex[t]} of that Geometry's
 * mesh (for strips and fans: the triangle's position in the strip/fan). Zero-area and duplicate triangles are
 * carried as they are (they never receive samples). Built by {@link SceneFlattener}; arrays are owned by the soup,
 * do not modify them.
 *
 * @param fileName            label of the source file, for messages
 * @param positions           9 floats per triangle, world space
 * @param geometryOfTriangle  index into {@code geometries} per triangle
 * @param sourceTriangleIndex triangle index inside its Geometry's mesh
 * @param areas               world-space area per triangle
 * @param geometries          the contributing Geometries, in scene-graph depth-first order
 * @param totalArea           sum of {@code areas}, &gt; 0
 */
public record TriangleSoup(
        String fileName,
        float[] positions,
        int[] geometryOfTriangle,
        int[] sourceTriangleIndex,
        double[] areas,
        List<SourceGeometry> geometries,
        double totalArea) {

    public TriangleSoup {
        int n = geometryOfTriangle.length;
        if (positions.length != 9 * n || sourceTriangleIndex.length != n || areas.length != n) {
            throw new IllegalArgumentException("triangle arrays disagree in length");
        }
        geometries = List.copyOf(geometries);
    }

    /** Number of triangles. */
    public int triangleCount() {
        return geometryOfTriangle.length;
    }

    /** World-space axis-aligned bounds {minX, minY, minZ, maxX, maxY, maxZ} of all triangles. */
    public float[] bounds() {
        float[] b = {
            Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE
        };
        for (int i = 0; i < positions.length; i++) {
            int a = i % 3;
            b[a] = Math.min(b[a], positions[i]);
            b[a + 3] = Math.max(b[a + 3], positions[i]);
        }
        return b;
    }
}
