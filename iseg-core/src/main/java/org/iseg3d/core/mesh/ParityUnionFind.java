package org.iseg3d.core.mesh;

/**
 * Union-find over triangles that also keeps, for every element, whether its winding is flipped relative to its
 * set's root (a parity bit per link), so a facet's triangles can be oriented consistently even when the mesh has
 * flipped faces. The root of a set is always its lowest element (the higher root is linked under the lower), so sets
 * and roots do not depend on the order of unions; path compression keeps finds amortised O(log n).
 */
final class ParityUnionFind {

    private final int[] parent;
    private final byte[] parity; // parity of an element relative to its parent
    private int lastParity;

    ParityUnionFind(int n) {
        parent = new int[n];
        parity = new byte[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /** Root of x; {@link #lastParity()} is then x's parity relative to it. */
    int find(int x) {
        int root = x;
        int p = 0;
        while (parent[root] != root) {
            p ^= parity[root];
            root = parent[root];
        }
        int y = x;
        int py = p;
        while (parent[y] != y) {
            int next = parent[y];
            int pn = py ^ parity[y];
            parent[y] = root;
            parity[y] = (byte) py;
            y = next;
            py = pn;
        }
        lastParity = p;
        return root;
    }

    int lastParity() {
        return lastParity;
    }

    /** Joins the sets of a and b, b's winding being flipped relative to a's iff {@code flipped}. */
    void union(int a, int b, boolean flipped) {
        int ra = find(a);
        int pa = lastParity;
        int rb = find(b);
        int pb = lastParity;
        if (ra == rb) {
            return; // an inconsistent cycle (non-orientable) keeps the first orientation
        }
        int rel = pa ^ pb ^ (flipped ? 1 : 0);
        if (ra < rb) {
            parent[rb] = ra;
            parity[rb] = (byte) rel;
        } else {
            parent[ra] = rb;
            parity[ra] = (byte) rel;
        }
    }
}
