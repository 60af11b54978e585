package org.iseg3d.corpus;

import java.util.List;

/**
 * A parsed OBJ file as a triangle soup with per-triangle group labels (polygons fan-triangulated).
 *
 * @param positions      xyz per OBJ vertex ({@code v}), in file units
 * @param triangles      three 0-based vertex indices per triangle
 * @param objectOf       per triangle, index into {@code objectNames} of the current {@code o} statement
 * @param groupOf        per triangle, index into {@code groupNames} of the current {@code g} statement
 * @param materialOf     per triangle, index into {@code materialNames} of the current {@code usemtl}
 * @param objectNames    names of the {@code o} statements ({@code ""} = before any {@code o})
 * @param groupNames     names of the {@code g} statements ({@code ""} = before any {@code g})
 * @param materialNames  names of the {@code usemtl} statements ({@code ""} = before any {@code usemtl})
 * @param usesObjects    whether the file has at least one {@code o} statement
 * @param mtlLibs        the {@code mtllib} file names (recorded only, materials are read by name)
 * @param lineFaces      two-vertex faces ignored (no area)
 */
public record ObjMesh(
        float[] positions,
        int[] triangles,
        int[] objectOf,
        int[] groupOf,
        int[] materialOf,
        List<String> objectNames,
        List<String> groupNames,
        List<String> materialNames,
        boolean usesObjects,
        List<String> mtlLibs,
        int lineFaces) {

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Area of triangle {@code t}, in file units squared. */
    public double triangleArea(int t) {
        int a = 3 * triangles[3 * t];
        int b = 3 * triangles[3 * t + 1];
        int c = 3 * triangles[3 * t + 2];
        double ux = positions[b] - positions[a];
        double uy = positions[b + 1] - positions[a + 1];
        double uz = positions[b + 2] - positions[a + 2];
        double vx = positions[c] - positions[a];
        double vy = positions[c + 1] - positions[a + 1];
        double vz = positions[c + 2] - positions[a + 2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }
}
