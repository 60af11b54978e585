package org.iseg3d.bridge.transfer;

import com.jme3.scene.Mesh;
import java.util.List;
import java.util.stream.IntStream;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * The shared-vertex mode filter of {@link LabelTransfer}: each welded vertex takes the area-weighted majority label
 * of its incident triangles, and a triangle two or three of whose vertices agree on a label takes it. Vertices are
 * welded by exact world position over the whole model ({@link VertexWelding}, seeded by {@link MeshVertexKeys}),
 * never per Geometry (issue 12: a Geometry border may be a part border, so welding only within Geometries would
 * let the filter read the ground truth), so split UV/normal seams and Geometry borders count as shared alike.
 * Immutable and thread-safe.
 */
final class VertexModeFilter {

    private static final int CHUNK = 2048;

    private final int triangles;
    private final float[] area;
    /** Welded vertex of each triangle corner (3 per triangle). */
    private final int[] vertexOfCorner;
    /** CSR over welded vertices: incident triangles. */
    private final int[] vOff;

    private final int[] vTri;

    private VertexModeFilter(float[] area, int[] vertexOfCorner, int[] vOff, int[] vTri) {
        this.triangles = area.length;
        this.area = area;
        this.vertexOfCorner = vertexOfCorner;
        this.vOff = vOff;
        this.vTri = vTri;
    }

    /** Welds the soup's corners and indexes the triangles of every vertex. */
    static VertexModeFilter of(TriangleSoup soup, List<Mesh> meshes, float[] triangleArea) {
        int[] meshVertexCount = new int[1];
        int[] meshVertexOfCorner = MeshVertexKeys.of(soup, meshes, meshVertexCount);
        int[] oneModel = new int[soup.triangleCount()]; // one weld over every Geometry
        int[] vertexOfCorner = VertexWelding.weld(soup.positions(), oneModel, meshVertexOfCorner, meshVertexCount[0]);
        int vertices = 0;
        for (int v : vertexOfCorner) {
            vertices = Math.max(vertices, v + 1);
        }
        int[] vOff = new int[vertices + 1];
        for (int v : vertexOfCorner) {
            vOff[v + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            vOff[v + 1] += vOff[v];
        }
        int[] vTri = new int[vOff[vertices]];
        int[] vFill = new int[vertices];
        for (int c = 0; c < vertexOfCorner.length; c++) {
            int v = vertexOfCorner[c];
            vTri[vOff[v] + vFill[v]++] = c / 3;
        }
        return new VertexModeFilter(triangleArea, vertexOfCorner, vOff, vTri);
    }

    /** One pass of the filter over a label per triangle (a new array). */
    int[] smooth(int[] labels) {
        int vertices = vOff.length - 1;
        int[] modeOfVertex = new int[vertices];
        IntStream.range(0, (vertices + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            int end = Math.min(vertices, (chunk + 1) * CHUNK);
            for (int v = chunk * CHUNK; v < end; v++) {
                modeOfVertex[v] = mode(labels, vOff[v], vOff[v + 1]);
            }
        });
        int[] out = new int[triangles];
        IntStream.range(0, (triangles + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            int end = Math.min(triangles, (chunk + 1) * CHUNK);
            for (int t = chunk * CHUNK; t < end; t++) {
                int a = modeOfVertex[vertexOfCorner[3 * t]];
                int b = modeOfVertex[vertexOfCorner[3 * t + 1]];
                int c = modeOfVertex[vertexOfCorner[3 * t + 2]];
                int own = labels[t];
                int major = a == b || a == c ? a : b == c ? b : own;
                out[t] = major;
            }
        });
        return out;
    }

    /** The area-weighted majority label of the triangles vTri[from..to) (ties: the first one's). */
    private int mode(int[] labels, int from, int to) {
        int best = labels[vTri[from]];
        double bestW = -1;
        for (int j = from; j < to; j++) {
            int l = labels[vTri[j]];
            boolean seen = false;
            for (int i = from; i < j; i++) {
                if (labels[vTri[i]] == l) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                continue;
            }
            double s = 0;
            for (int i = j; i < to; i++) {
                if (labels[vTri[i]] == l) {
                    s += area[vTri[i]] + 1e-30; // zero-area triangles still count a little
                }
            }
            if (s > bestW) {
                bestW = s;
                best = l;
            }
        }
        return best;
    }
}
