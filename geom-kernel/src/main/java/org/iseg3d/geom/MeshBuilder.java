package org.iseg3d.geom;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Growable vertex/triangle accumulator with optional position welding. */
public final class MeshBuilder {

    private float[] positions = new float[3 * 64];
    private float[] normals = new float[3 * 64];
    private int[] indices = new int[3 * 64];
    private int vertexCount;
    private int indexCount;
    private final Map<WeldKey, Integer> weld;
    private final double weldQuantum;

    private record WeldKey(long x, long y, long z) {}

    public MeshBuilder() {
        this.weld = null;
        this.weldQuantum = 0;
    }

    private MeshBuilder(double quantum) {
        this.weld = new HashMap<>();
        this.weldQuantum = quantum;
    }

    /** Builder whose {@link #vertex} returns an existing index for positions within {@code quantum}. */
    public static MeshBuilder welding(double quantum) {
        return new MeshBuilder(quantum);
    }

    public int vertexCount() {
        return vertexCount;
    }

    /** Adds (or, for welding builders, reuses) a vertex; the normal is normalised. */
    public int vertex(Vec3 p, Vec3 n) {
        if (weld != null) {
            WeldKey key = new WeldKey(
                    StrictMath.round(p.x() / weldQuantum),
                    StrictMath.round(p.y() / weldQuantum),
                    StrictMath.round(p.z() / weldQuantum));
            Integer existing = weld.get(key);
            if (existing != null) {
                return existing;
            }
            int idx = addVertex(p, n);
            weld.put(key, idx);
            return idx;
        }
        return addVertex(p, n);
    }

    private int addVertex(Vec3 p, Vec3 n) {
        if (3 * vertexCount + 3 > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            normals = Arrays.copyOf(normals, normals.length * 2);
        }
        Vec3 u = n.normalized();
        int o = 3 * vertexCount;
        positions[o] = (float) p.x();
        positions[o + 1] = (float) p.y();
        positions[o + 2] = (float) p.z();
        normals[o] = (float) u.x();
        normals[o + 1] = (float) u.y();
        normals[o + 2] = (float) u.z();
        return vertexCount++;
    }

    /** Adds a triangle unless two of its indices coincide. */
    public void triangle(int a, int b, int c) {
        if (a == b || b == c || a == c) {
            return;
        }
        if (indexCount + 3 > indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[indexCount++] = a;
        indices[indexCount++] = b;
        indices[indexCount++] = c;
    }

    /** Adds the quad a-b-c-d (counter-clockwise seen from the front) as two triangles. */
    public void quad(int a, int b, int c, int d) {
        triangle(a, b, c);
        triangle(a, c, d);
    }

    public Mesh build() {
        return new Mesh(
                Arrays.copyOf(positions, 3 * vertexCount),
                Arrays.copyOf(normals, 3 * vertexCount),
                Arrays.copyOf(indices, indexCount));
    }
}
