package org.iseg3d.bridge.load;

import com.jme3.scene.Geometry;

/**
 * One jME Geometry that contributed triangles to a {@link TriangleSoup}.
 *
 * @param index           position in {@link TriangleSoup#geometries()}
 * @param geometry        the jME Geometry (its mesh and world transform as loaded)
 * @param name            the Geometry's jME name (never null; a path-based name when jME gave none)
 * @param path            stable node path from the loaded root, e.g. {@code chair.glb/chair/leg_1}; each segment is
 *                        the glTF node name when known, else the spatial name, else {@code #<child index>}
 * @param defaultPartName ground-truth part name when there is no {@code .parts.json} (see {@link PartLabels})
 * @param defaultPartPath path of the spatial that names the default part; Geometries sharing it form one part
 * @param triangleCount   number of triangles taken from this Geometry
 */
public record SourceGeometry(
        int index,
        Geometry geometry,
        String name,
        String path,
        String defaultPartName,
        String defaultPartPath,
        int triangleCount) {

    /** True if {@code entry} names this Geometry: its jME name, its default part name, or a path suffix. */
    public boolean matches(String entry) {
        if (entry.equals(name) || entry.equals(defaultPartName)) {
            return true;
        }
        String p = path;
        while (true) {
            if (p.equals(entry) || p.endsWith("/" + entry)) {
                return true;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return false;
            }
            p = p.substring(0, cut);
        }
    }
}
