package org.iseg3d.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iseg3d.scenes.MeshPart;

/**
 * Builds one {@link MeshPart} per kept part: the part's vertices re-indexed, rotated by the catalog's model
 * rotation, scaled uniformly so that the largest extent of the object matches the catalog's largest dimension (in
 * metres; file units × 0.01 when the catalog gives none), and area-weighted vertex normals ({@code +Y} where a
 * vertex has only degenerate triangles). Part names are made unique with a {@code _2}, {@code _3} suffix.
 */
public final class PartMeshes {

    private PartMeshes() {}

    public static List<MeshPart> build(ObjMesh mesh, PartSplit split, float[] rotation, float[] sizeCm) {
        float[] world = transform(mesh, split, rotation, sizeCm);
        List<MeshPart> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (PartSplit.Part part : split.parts()) {
            out.add(part(unique(part.name(), used), mesh.triangles(), part.triangles(), world));
        }
        return out;
    }

    private static String unique(String name, Set<String> used) {
        String base = name.isBlank() ? PartSplitter.UNNAMED : name.strip();
        String candidate = base;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = base + "_" + k;
        }
        return candidate;
    }

    private static float[] transform(ObjMesh mesh, PartSplit split, float[] r, float[] sizeCm) {
        float[] p = mesh.positions();
        float[] w = new float[p.length];
        for (int v = 0; v < p.length; v += 3) {
            if (r == null) {
                w[v] = p[v];
                w[v + 1] = p[v + 1];
                w[v + 2] = p[v + 2];
            } else {
                w[v] = r[0] * p[v] + r[1] * p[v + 1] + r[2] * p[v + 2];
                w[v + 1] = r[3] * p[v] + r[4] * p[v + 1] + r[5] * p[v + 2];
                w[v + 2] = r[6] * p[v] + r[7] * p[v + 1] + r[8] * p[v + 2];
            }
        }
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        int[] tri = mesh.triangles();
        for (PartSplit.Part part : split.parts()) {
            for (int t : part.triangles()) {
                for (int c = 0; c < 3; c++) {
                    int v = 3 * tri[3 * t + c];
                    for (int a = 0; a < 3; a++) {
                        min[a] = Math.min(min[a], w[v + a]);
                        max[a] = Math.max(max[a], w[v + a]);
                    }
                }
            }
        }
        float extent = Math.max(max[0] - min[0], Math.max(max[1] - min[1], max[2] - min[2]));
        float target = Math.max(sizeCm[0], Math.max(sizeCm[1], sizeCm[2])) / 100f;
        double scale = Float.isFinite(target) && target > 0 && extent > 0 ? target / extent : 0.01;
        for (int v = 0; v < w.length; v++) {
            w[v] = (float) ((w[v] - min[v % 3]) * scale);
        }
        return w;
    }

    private static MeshPart part(String name, int[] triangles, int[] own, float[] world) {
        int[] local = new int[world.length / 3];
        Arrays.fill(local, -1);
        int[] indices = new int[3 * own.length];
        int count = 0;
        for (int k = 0; k < own.length; k++) {
            for (int c = 0; c < 3; c++) {
                int v = triangles[3 * own[k] + c];
                if (local[v] < 0) {
                    local[v] = count++;
                }
                indices[3 * k + c] = local[v];
            }
        }
        float[] positions = new float[3 * count];
        for (int v = 0; v < local.length; v++) {
            if (local[v] >= 0) {
                System.arraycopy(world, 3 * v, positions, 3 * local[v], 3);
            }
        }
        return new MeshPart(name, positions, normals(positions, indices), indices);
    }

    /** Area-weighted vertex normals (the cross product's length is twice the area). */
    static float[] normals(float[] p, int[] idx) {
        double[] n = new double[p.length];
        for (int t = 0; t < idx.length; t += 3) {
            int a = 3 * idx[t];
            int b = 3 * idx[t + 1];
            int c = 3 * idx[t + 2];
            double ux = p[b] - p[a];
            double uy = p[b + 1] - p[a + 1];
            double uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a];
            double vy = p[c + 1] - p[a + 1];
            double vz = p[c + 2] - p[a + 2];
            double cx = uy * vz - uz * vy;
            double cy = uz * vx - ux * vz;
            double cz = ux * vy - uy * vx;
            for (int v : new int[] {a, b, c}) {
                n[v] += cx;
                n[v + 1] += cy;
                n[v + 2] += cz;
            }
        }
        float[] out = new float[p.length];
        for (int v = 0; v < n.length; v += 3) {
            double len = Math.sqrt(n[v] * n[v] + n[v + 1] * n[v + 1] + n[v + 2] * n[v + 2]);
            if (len > 1e-20) {
                out[v] = (float) (n[v] / len);
                out[v + 1] = (float) (n[v + 1] / len);
                out[v + 2] = (float) (n[v + 2] / len);
            } else {
                out[v + 1] = 1f;
            }
        }
        return out;
    }
}
