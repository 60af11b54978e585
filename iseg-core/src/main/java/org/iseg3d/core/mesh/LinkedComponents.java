package org.iseg3d.core.mesh;

/**
 * Connected components of the welded mesh (Blender's "select linked"), as groups of facets: two facets are linked if
 * they share an edge, whatever its angle. Facets already follow welded edges, so the components of the facet
 * adjacency graph are those of the welded triangles.
 */
public final class LinkedComponents {

    private LinkedComponents() {}

    /** Per facet its component id, ids in order of lowest facet. */
    public static int[] ofFacets(Facets facets) {
        int n = facets.count();
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int[] stack = new int[Math.max(1, n)];
        FacetAdjacency adj = facets.adjacency();
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            comp[s] = next;
            while (top > 0) {
                int f = stack[--top];
                for (int i = adj.offsets()[f]; i < adj.offsets()[f + 1]; i++) {
                    int g = adj.neighbours()[i];
                    if (comp[g] < 0) {
                        comp[g] = next;
                        stack[top++] = g;
                    }
                }
            }
            next++;
        }
        return comp;
    }
}
