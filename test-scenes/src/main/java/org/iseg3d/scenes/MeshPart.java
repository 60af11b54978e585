package org.iseg3d.scenes;

import java.util.Arrays;
import java.util.Objects;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.MeshMetrics;

/**
 * One ground-truth part of a {@link SceneObject}: a named triangle mesh.
 *
 * @param name      part name, e.g. {@code "leg_1"}
 * @param positions xyz per vertex, metres, +Y up
 * @param normals   unit normal per vertex
 * @param indices   triangle vertex indices (counter-clockwise seen from outside)
 */
public record MeshPart(String name, float[] positions, float[] normals, int[] indices) {

    private static final float NORMAL_TOLERANCE = 1e-3f;

    public MeshPart {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("part name must not be blank");
        }
        positions = Objects.requireNonNull(positions, "positions").clone();
        normals = Objects.requireNonNull(normals, "normals").clone();
        indices = Objects.requireNonNull(indices, "indices").clone();
        if (positions.length == 0 || positions.length % 3 != 0) {
            throw new IllegalArgumentException(name + ": positions length must be a positive multiple of 3");
        }
        if (normals.length != positions.length) {
            throw new IllegalArgumentException(name + ": one normal per vertex required");
        }
        if (indices.length == 0 || indices.length % 3 != 0) {
            throw new IllegalArgumentException(name + ": indices length must be a positive multiple of 3");
        }
        for (float v : positions) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException(name + ": non-finite position");
            }
        }
        for (int i = 0; i < normals.length; i += 3) {
            float x = normals[i];
            float y = normals[i + 1];
            float z = normals[i + 2];
            if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
                throw new IllegalArgumentException(name + ": non-finite normal");
            }
            if (Math.abs(Math.sqrt(x * x + y * y + z * z) - 1) > NORMAL_TOLERANCE) {
                throw new IllegalArgumentException(name + ": normal " + i / 3 + " is not unit length");
            }
        }
        int vertices = positions.length / 3;
        for (int index : indices) {
            if (index < 0 || index >= vertices) {
                throw new IllegalArgumentException(name + ": index " + index + " out of range");
            }
        }
    }

    /** Creates a part from an unnamed mesh. */
    public static MeshPart of(String name, Mesh mesh) {
        return new MeshPart(name, mesh.positions(), mesh.normals(), mesh.indices());
    }

    /** Defensive copy of the vertex positions. */
    @Override
    public float[] positions() {
        return positions.clone();
    }

    /** Defensive copy of the vertex normals. */
    @Override
    public float[] normals() {
        return normals.clone();
    }

    /** Defensive copy of the triangle indices. */
    @Override
    public int[] indices() {
        return indices.clone();
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    /** Total surface area of the triangles (square metres). */
    public double area() {
        return MeshMetrics.area(positions, indices);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeshPart p
                && name.equals(p.name)
                && Arrays.equals(positions, p.positions)
                && Arrays.equals(normals, p.normals)
                && Arrays.equals(indices, p.indices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(positions), Arrays.hashCode(normals), Arrays.hashCode(indices));
    }

    @Override
    public String toString() {
        return "MeshPart[" + name + ", vertices=" + vertexCount() + ", triangles=" + triangleCount() + "]";
    }
}
