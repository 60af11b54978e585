package org.iseg3d.bridge.load;

import com.jme3.scene.Geometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ground truth per triangle for {@link PartLabels}: from per-Geometry parts (every triangle takes its Geometry's
 * part), or from the per-vertex glTF attribute {@code _PART} ({@link GltfPartAttribute}), which does not depend on
 * how the model is split into Geometries. Pure, O(triangles).
 */
final class TriangleParts {

    private TriangleParts() {}

    /** Every triangle takes its Geometry's part. */
    static int[] ofGeometries(TriangleSoup soup, int[] partOfGeometry) {
        int[] geomOf = soup.geometryOfTriangle();
        int[] out = new int[geomOf.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = partOfGeometry[geomOf[t]];
        }
        return out;
    }

    /** True if some Geometry of the soup carries {@code _PART}. */
    static boolean hasPartAttribute(TriangleSoup soup) {
        for (SourceGeometry g : soup.geometries()) {
            if (GltfPartAttribute.partOfVertex(g.geometry()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Labels from {@code _PART}: a triangle takes the part of its first corner (parts do not share vertices); parts
     * of different Geometries with the same name are one part; an index without a name is {@code part_<index>}; a
     * value outside the Geometry's names (when it names any) is unlabelled. Geometries without the attribute take
     * their default part. {@code partOfGeometry} is a Geometry's part when all its triangles agree, else
     * {@link PartLabels#UNLABELLED}.
     */
    static PartLabels fromAttribute(TriangleSoup soup) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        int m = soup.triangleCount();
        int[] partOfTriangle = new int[m];
        int[] partOfGeometry = new int[soup.geometries().size()];
        Arrays.fill(partOfGeometry, Integer.MIN_VALUE);
        int[] geomOf = soup.geometryOfTriangle();
        int[] src = soup.sourceTriangleIndex();
        int[][] corners = new int[soup.geometries().size()][];
        int[][] values = new int[soup.geometries().size()][];
        List<List<String>> names = new ArrayList<>();
        for (SourceGeometry g : soup.geometries()) {
            Geometry geom = g.geometry();
            values[g.index()] = GltfPartAttribute.partOfVertex(geom);
            names.add(GltfPartAttribute.partNames(geom));
            if (values[g.index()] != null) {
                corners[g.index()] = MeshTriangles.indices(geom.getMesh());
            }
        }
        for (int t = 0; t < m; t++) {
            int g = geomOf[t];
            int part;
            if (values[g] == null) {
                part = ids.computeIfAbsent(soup.geometries().get(g).defaultPartName(), k -> ids.size());
            } else {
                int v = values[g][corners[g][3 * src[t]]];
                List<String> n = names.get(g);
                if (v < 0 || !n.isEmpty() && v >= n.size()) {
                    part = PartLabels.UNLABELLED;
                } else {
                    String name = n.isEmpty() ? "part_" + v : n.get(v);
                    part = ids.computeIfAbsent(name, k -> ids.size());
                }
            }
            partOfTriangle[t] = part;
            int prev = partOfGeometry[g];
            partOfGeometry[g] = prev == Integer.MIN_VALUE || prev == part ? part : PartLabels.UNLABELLED;
        }
        for (int g = 0; g < partOfGeometry.length; g++) {
            if (partOfGeometry[g] == Integer.MIN_VALUE) {
                partOfGeometry[g] = PartLabels.UNLABELLED;
            }
        }
        return new PartLabels(new ArrayList<>(ids.keySet()), partOfGeometry, partOfTriangle, null);
    }
}
