package org.iseg3d.core.mesh;

/**
 * A sampled shape's whole mesh as the method may see it: one world-space triangle soup of ALL its Geometries (no
 * part, Geometry or material information) and, per sample point, the triangle it lies on.
 *
 * @param mesh            the model as one triangle soup
 * @param triangleOfPoint per sample point its triangle in {@code mesh} (-1: none)
 */
public record SampledMesh(TriangleMesh mesh, int[] triangleOfPoint) {

    public SampledMesh {
        int t = mesh.triangleCount();
        for (int p : triangleOfPoint) {
            if (p < -1 || p >= t) {
                throw new IllegalArgumentException("point on triangle " + p + " of a mesh with " + t);
            }
        }
    }

    /** Per point its facet (-1: none). */
    public int[] facetOfPoint(Facets facets) {
        int[] out = new int[triangleOfPoint.length];
        for (int p = 0; p < out.length; p++) {
            int tri = triangleOfPoint[p];
            out[p] = tri >= 0 ? facets.facetOfTriangle()[tri] : -1;
        }
        return out;
    }
}
