package org.iseg3d.core.mesh;

/**
 * An over-segmentation of a model's welded mesh into facets: regions grown across edges whose unoriented dihedral
 * angle is small, with slivers merged into their best neighbour (issue 12, "what to build" 1). Arrays are owned by
 * the record; callers must not modify them.
 *
 * @param facetOfTriangle per triangle its facet in [0, count), or -1 for a degenerate triangle (a non-finite corner,
 *                        two corners welded together, or zero area: it is invisible and takes no part)
 * @param count           number of facets; ids are in order of each facet's lowest triangle
 * @param area            per facet its area
 * @param normal          per facet its area-weighted unit normal (3 floats; triangles flipped relative to the facet
 *                        counted flipped; the sign is arbitrary, compare with |cos|; 0 if the normals cancel out)
 * @param adjacency       facets sharing an edge, with the shared length
 * @param triangleArea    per triangle its area (0 for degenerate ones)
 * @param degenerate      number of degenerate triangles
 */
public record Facets(
        int[] facetOfTriangle,
        int count,
        double[] area,
        float[] normal,
        FacetAdjacency adjacency,
        float[] triangleArea,
        int degenerate) {

    /** A triangle whose doubled area is below this × diagonal² is degenerate. */
    static final double DEGENERATE_AREA = 1e-14;

    public static Facets of(TriangleMesh mesh) {
        return of(mesh, FacetParams.DEFAULTS);
    }

    /**
     * Welds the mesh, grows facets and merges slivers. Deterministic; the partition before sliver merging does not
     * depend on the triangle order; sliver merging breaks exact ties by facet id.
     */
    public static Facets of(TriangleMesh mesh, FacetParams params) {
        WeldedMesh welded = VertexWelding.weld(mesh, params.weldTolerance());
        return of(mesh, welded, params);
    }

    /** As {@link #of(TriangleMesh, FacetParams)} with the welding done by the caller. */
    public static Facets of(TriangleMesh mesh, WeldedMesh welded, FacetParams params) {
        int triangles = mesh.triangleCount();
        double diagonal = welded.diagonal();
        TriangleFrames frames = TriangleFrames.of(mesh, welded, DEGENERATE_AREA * diagonal * diagonal);
        EdgePairs pairs = EdgePairs.of(welded, frames.degenerate(), params.maxEdgeFan());

        ParityUnionFind regions = new ParityUnionFind(triangles);
        float[] n = frames.normal();
        double minCos = params.minAbsCos();
        for (int i = 0; i < pairs.size; i++) {
            int a = pairs.first[i], b = pairs.second[i];
            double dot = n[3 * a] * n[3 * b] + n[3 * a + 1] * n[3 * b + 1] + n[3 * a + 2] * n[3 * b + 2];
            if (Math.abs(dot) >= minCos) {
                regions.union(a, b, dot < 0);
            }
        }
        int[] facetOf = new int[triangles];
        int facets = 0;
        double totalArea = 0;
        int degenerate = 0;
        for (int t = 0; t < triangles; t++) {
            if (frames.degenerate()[t]) {
                facetOf[t] = -1;
                degenerate++;
                continue;
            }
            int r = regions.find(t);
            facetOf[t] = r == t ? facets++ : facetOf[r]; // the root is the lowest triangle of its set
            totalArea += frames.area()[t];
        }
        double[] area = new double[facets];
        double[] normalSum = new double[3 * facets];
        accumulate(frames, regions, facetOf, area, normalSum);

        FacetAdjacency grown = FacetAdjacency.of(facets, pairs, facetOf);
        int[] group = SliverMerging.merge(facets, area, normalSum, grown, params.minAreaFraction() * totalArea);
        int[] label = new int[facets];
        java.util.Arrays.fill(label, -1);
        int merged = 0;
        for (int f = 0; f < facets; f++) { // facet ids are in order of lowest triangle, so labels stay in that order
            int g = group[f];
            if (label[g] < 0) {
                label[g] = merged++;
            }
            label[f] = label[g];
        }
        if (merged != facets) {
            for (int t = 0; t < triangles; t++) {
                if (facetOf[t] >= 0) {
                    facetOf[t] = label[facetOf[t]];
                }
            }
        }
        double[] finalArea = new double[merged];
        float[] finalNormal = new float[3 * merged];
        for (int f = 0; f < facets; f++) {
            if (group[f] == f) {
                int l = label[f];
                finalArea[l] = area[f];
                double len = Math.sqrt(normalSum[3 * f] * normalSum[3 * f]
                        + normalSum[3 * f + 1] * normalSum[3 * f + 1]
                        + normalSum[3 * f + 2] * normalSum[3 * f + 2]);
                if (len > 1e-9 * area[f] && len > 0) {
                    for (int k = 0; k < 3; k++) {
                        finalNormal[3 * l + k] = (float) (normalSum[3 * f + k] / len);
                    }
                }
            }
        }
        FacetAdjacency adjacency = merged == facets ? grown : FacetAdjacency.of(merged, pairs, facetOf);
        return new Facets(facetOf, merged, finalArea, finalNormal, adjacency, frames.area(), degenerate);
    }

    /** Per grown facet: area and oriented area-weighted normal sum (winding parity from the union-find). */
    private static void accumulate(
            TriangleFrames frames, ParityUnionFind regions, int[] facetOf, double[] area, double[] normalSum) {
        float[] n = frames.normal();
        float[] a = frames.area();
        for (int t = 0; t < facetOf.length; t++) {
            int f = facetOf[t];
            if (f < 0) {
                continue;
            }
            regions.find(t);
            double w = regions.lastParity() == 0 ? a[t] : -a[t];
            area[f] += a[t];
            normalSum[3 * f] += w * n[3 * t];
            normalSum[3 * f + 1] += w * n[3 * t + 1];
            normalSum[3 * f + 2] += w * n[3 * t + 2];
        }
    }

    /** Number of triangles per facet. */
    public int[] triangleCounts() {
        int[] c = new int[count];
        for (int f : facetOfTriangle) {
            if (f >= 0) {
                c[f]++;
            }
        }
        return c;
    }
}
