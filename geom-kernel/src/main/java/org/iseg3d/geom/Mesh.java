package org.iseg3d.geom;

import java.util.Arrays;
import java.util.List;

/**
 * Unnamed triangle mesh: xyz per vertex, unit normal per vertex, triangle indices.
 * The arrays are owned by the mesh and must not be modified.
 */
public record Mesh(float[] positions, float[] normals, int[] indices) {

    public Mesh {
        if (positions.length % 3 != 0 || normals.length != positions.length || indices.length % 3 != 0) {
            throw new IllegalArgumentException("inconsistent mesh array lengths");
        }
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    /** Returns the transformed copy; mirroring transforms flip the winding so faces stay outward. */
    public Mesh transform(Affine a) {
        float[] p = new float[positions.length];
        float[] n = new float[normals.length];
        for (int i = 0; i < positions.length; i += 3) {
            Vec3 q = a.apply(new Vec3(positions[i], positions[i + 1], positions[i + 2]));
            p[i] = (float) q.x();
            p[i + 1] = (float) q.y();
            p[i + 2] = (float) q.z();
            Vec3 m = a.applyNormal(new Vec3(normals[i], normals[i + 1], normals[i + 2]));
            n[i] = (float) m.x();
            n[i + 1] = (float) m.y();
            n[i + 2] = (float) m.z();
        }
        int[] idx = indices.clone();
        if (a.determinant() < 0) {
            for (int t = 0; t < idx.length; t += 3) {
                int tmp = idx[t + 1];
                idx[t + 1] = idx[t + 2];
                idx[t + 2] = tmp;
            }
        }
        return new Mesh(p, n, idx);
    }

    public Mesh translate(double x, double y, double z) {
        return transform(Affine.translation(x, y, z));
    }

    /** Concatenates meshes into one (vertices are not shared between the inputs). */
    public static Mesh merge(List<Mesh> meshes) {
        int nv = 0;
        int ni = 0;
        for (Mesh m : meshes) {
            nv += m.positions.length;
            ni += m.indices.length;
        }
        float[] p = new float[nv];
        float[] n = new float[nv];
        int[] idx = new int[ni];
        int vo = 0;
        int io = 0;
        for (Mesh m : meshes) {
            System.arraycopy(m.positions, 0, p, vo, m.positions.length);
            System.arraycopy(m.normals, 0, n, vo, m.normals.length);
            int base = vo / 3;
            for (int i = 0; i < m.indices.length; i++) {
                idx[io + i] = m.indices[i] + base;
            }
            vo += m.positions.length;
            io += m.indices.length;
        }
        return new Mesh(p, n, idx);
    }

    public static Mesh merge(Mesh... meshes) {
        return merge(List.of(meshes));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mesh m
                && Arrays.equals(positions, m.positions)
                && Arrays.equals(normals, m.normals)
                && Arrays.equals(indices, m.indices);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(positions) + Arrays.hashCode(normals)) + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return "Mesh[vertices=" + vertexCount() + ", triangles=" + triangleCount() + "]";
    }
}
