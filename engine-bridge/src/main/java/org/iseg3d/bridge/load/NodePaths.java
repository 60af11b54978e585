package org.iseg3d.bridge.load;

import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stable node paths of the Geometries of a scene graph, the names used by {@link SourceGeometry#path()},
 * {@code .parts.json} entries and the labels sidecar of the exporter.
 *
 * <p>A path is the {@code /}-joined segments from the root to the Geometry, e.g. {@code chair.glb/chair/leg_1}.
 * A segment is the glTF node name recorded by the loader ({@link GltfNodeNames}), else the spatial's name, else
 * {@code #<child index>} ({@code root} for an unnamed root); {@code /} inside a name becomes {@code _}, and a sibling
 * repeating an earlier sibling's segment becomes {@code name#<child index>}. The walk is depth-first in child order
 * and skips subtrees with {@code CullHint.Always} below the root (the non-default scenes of a glTF file). O(number
 * of spatials).
 */
public final class NodePaths {

    /** A Geometry and its path. */
    public record Entry(Geometry geometry, String path) {}

    private NodePaths() {}

    /** The Geometries below {@code root} (root included) in depth-first child order, with their paths. */
    public static List<Entry> geometries(Spatial root) {
        List<Entry> out = new ArrayList<>();
        collect(root, root, segment(root, -1), out);
        return out;
    }

    private static void collect(Spatial s, Spatial root, String path, List<Entry> out) {
        if (s.getCullHint() == Spatial.CullHint.Always && s != root) {
            return;
        }
        if (s instanceof Geometry g) {
            out.add(new Entry(g, path));
        } else if (s instanceof Node n) {
            List<Spatial> children = n.getChildren();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < children.size(); i++) {
                Spatial c = children.get(i);
                String seg = segment(c, i);
                if (!used.add(seg)) {
                    seg = seg + "#" + i; // sibling with the same name: keep paths unique
                }
                collect(c, root, path + "/" + seg, out);
            }
        }
    }

    private static String segment(Spatial s, int childIndex) {
        String n = displayName(s);
        if (n != null) {
            return n.replace('/', '_');
        }
        return childIndex < 0 ? "root" : "#" + childIndex;
    }

    /** The glTF node name recorded by our loader, else the jME name, else null. */
    static String displayName(Spatial s) {
        Object gltf = s.getUserData(GltfNodeNames.USER_DATA_KEY);
        if (gltf instanceof String str && !str.isBlank()) {
            return str;
        }
        return s.getName() == null || s.getName().isBlank() ? null : s.getName();
    }
}
