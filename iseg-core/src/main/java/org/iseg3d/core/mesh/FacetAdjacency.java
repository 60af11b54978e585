package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * The facet adjacency graph in CSR form: the neighbours of facet f are {@code neighbours[offsets[f] ..
 * offsets[f + 1])}, ascending, each with the total length of the edges the two facets share. Symmetric. On an edge
 * shared by more than two triangles every triangle pair on it counts. Arrays are owned by the record.
 */
public record FacetAdjacency(int[] offsets, int[] neighbours, float[] sharedLength) {

    public int degree(int facet) {
        return offsets[facet + 1] - offsets[facet];
    }

    /**
     * Aggregates triangle pairs into a facet graph: pairs whose triangles are in different facets add their length
     * to that facet pair. O(P + Σ d log d).
     */
    static FacetAdjacency of(int facets, EdgePairs pairs, int[] facetOfTriangle) {
        int[] start = new int[facets + 1];
        for (int i = 0; i < pairs.size; i++) {
            int fa = facetOfTriangle[pairs.first[i]], fb = facetOfTriangle[pairs.second[i]];
            if (fa != fb) {
                start[fa + 1]++;
                start[fb + 1]++;
            }
        }
        for (int f = 0; f < facets; f++) {
            start[f + 1] += start[f];
        }
        int[] fill = Arrays.copyOf(start, facets);
        long[] packed = new long[start[facets]]; // neighbour << 32 | float bits of the length (positive)
        for (int i = 0; i < pairs.size; i++) {
            int fa = facetOfTriangle[pairs.first[i]], fb = facetOfTriangle[pairs.second[i]];
            if (fa != fb) {
                long bits = Float.floatToRawIntBits(pairs.length[i]) & 0xFFFFFFFFL;
                packed[fill[fa]++] = (long) fb << 32 | bits;
                packed[fill[fb]++] = (long) fa << 32 | bits;
            }
        }
        int[] offsets = new int[facets + 1];
        int[] neighbours = new int[packed.length];
        float[] lengths = new float[packed.length];
        int out = 0;
        for (int f = 0; f < facets; f++) {
            offsets[f] = out;
            Arrays.sort(packed, start[f], start[f + 1]);
            int last = -1;
            for (int i = start[f]; i < start[f + 1]; i++) {
                int nb = (int) (packed[i] >>> 32);
                float len = Float.intBitsToFloat((int) packed[i]);
                if (nb == last) {
                    lengths[out - 1] += len;
                } else {
                    neighbours[out] = nb;
                    lengths[out] = len;
                    out++;
                    last = nb;
                }
            }
        }
        offsets[facets] = out;
        return new FacetAdjacency(offsets, Arrays.copyOf(neighbours, out), Arrays.copyOf(lengths, out));
    }
}
