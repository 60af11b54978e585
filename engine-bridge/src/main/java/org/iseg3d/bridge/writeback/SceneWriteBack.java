package org.iseg3d.bridge.writeback;

import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.MeshTriangles;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Prepares the write-back of per-triangle part labels into the scene graph a {@link TriangleSoup} was flattened
 * from. Pure: builds the new meshes and Geometries but attaches nothing, so it runs off the render thread; the
 * result is applied (and reverted) on the scene thread with {@link PreparedWriteBack}.
 *
 * <p>Layout after {@link PreparedWriteBack#apply()}: for each affected Geometry {@code G} with parent {@code P},
 * each part {@code p} present in {@code G} gets a Geometry {@code "<G>-<p>"} holding exactly G's triangles of that
 * part (every vertex buffer kept, see {@link SubMeshes}; G's material, local transform, render bucket, shadow and
 * cull modes, user data), placed under a Node named {@code p} appended to {@code P} (one Node per part and
 * parent, so transforms and any {@code SkinningControl}/{@code MorphControl} above {@code P} still apply). Part
 * Nodes and per-part Geometries carry {@link PartUserData#PART} and {@link PartUserData#PART_ID}. Unlabelled
 * triangles stay in G (its mesh is replaced by one holding only them); a G left without triangles is detached.
 * Original meshes are never modified, so revert restores the exact scene.
 *
 * <p><b>A scene that already carries labels</b> (saved after an earlier write-back and opened again, see
 * {@link WriteBackScene}): a labelled Geometry whose triangles all keep its label (same id, same name) is left as it
 * is. Any other labelled Geometry is split as above, but its pieces go to the parent {@code H} of its topmost labelled
 * ancestor-or-self (below the scene root): for the layout above, {@code H} = {@code P}, not the old part Node. A part
 * Node of {@code H} with the same id and name is reused, so save → reopen → edit → save never nests part Nodes
 * or duplicates them. Its unlabelled rest loses its label user data and the {@code -<part>} suffix of its name, and
 * moves to {@code H} too (world transform kept);
 * old part Nodes left empty are detached. Renamed parts, merged, deleted and re-numbered ones are rewritten this way.
 */
public final class SceneWriteBack {

    private static final Logger LOG = LogManager.getLogger(SceneWriteBack.class);

    private SceneWriteBack() {}

    /**
     * @param soup           the flattened scene; its triangles are contiguous per Geometry, in mesh order
     * @param originalMeshes the mesh of each soup Geometry as flattened (index = soup geometry index); used instead of
     *                       the Geometries' current meshes so a new write-back can be prepared while an older one is
     *                       applied
     * @param partOfTriangle part id per soup triangle, or a negative value for "no part"
     * @param partNames      part id → name, for every id used
     * @param cancelled      polled between Geometries; when it turns true a {@link CancellationException} is thrown
     *
     * <p>The Geometries' part labels are read now ({@link WriteBackScene#capture(com.jme3.scene.Spatial,
     * TriangleSoup, List)}, no root bound): for a scene that carries labels, call it while the graph is as flattened,
     * or capture a {@link WriteBackScene} once and use {@link #prepare(WriteBackScene, int[], Map, BooleanSupplier)}.
     */
    public static PreparedWriteBack prepare(
            TriangleSoup soup,
            List<Mesh> originalMeshes,
            int[] partOfTriangle,
            Map<Integer, String> partNames,
            BooleanSupplier cancelled) {
        if (originalMeshes.size() != soup.geometries().size()) {
            throw new IllegalArgumentException("one mesh per soup geometry expected");
        }
        return prepare(WriteBackScene.capture(null, soup, originalMeshes), partOfTriangle, partNames, cancelled);
    }

    /**
     * As {@link #prepare(TriangleSoup, List, int[], Map, BooleanSupplier)} from a captured scene: its labels say which
     * Geometries already belong to a part (see the class comment), its root bounds where pieces may go.
     */
    public static PreparedWriteBack prepare(
            WriteBackScene scene, int[] partOfTriangle, Map<Integer, String> partNames, BooleanSupplier cancelled) {
        TriangleSoup soup = scene.soup();
        List<Mesh> originalMeshes = scene.originalMeshes();
        if (partOfTriangle.length != soup.triangleCount()) {
            throw new IllegalArgumentException(
                    partOfTriangle.length + " labels for " + soup.triangleCount() + " triangles");
        }
        List<PreparedWriteBack.Split> splits = new ArrayList<>();
        int first = 0;
        for (SourceGeometry sg : soup.geometries()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("write-back preparation cancelled");
            }
            int count = sg.triangleCount();
            int from = first;
            first += count;
            // part ids present in this geometry, in order of first appearance
            Map<Integer, int[]> counts = new LinkedHashMap<>();
            int unlabelled = 0;
            for (int t = from; t < from + count; t++) {
                int p = partOfTriangle[t];
                if (p < 0) {
                    unlabelled++;
                } else {
                    counts.computeIfAbsent(p, k -> new int[1])[0]++;
                }
            }
            PartUserData.Label label = scene.labels().get(sg.index()).orElse(null);
            if (label == null ? counts.isEmpty() : unchanged(label, counts, unlabelled, partNames)) {
                continue;
            }
            Mesh mesh = originalMeshes.get(sg.index());
            int[] corners = MeshTriangles.indices(mesh);
            if (corners.length != 3 * count) {
                throw new IllegalStateException("geometry '" + sg.path() + "' has " + corners.length / 3
                        + " triangles now, " + count + " when flattened");
            }
            Geometry g = sg.geometry();
            String base = baseName(g.getName(), label);
            List<PreparedWriteBack.Piece> pieces = new ArrayList<>();
            for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
                int part = e.getKey();
                String name = partNames.get(part);
                if (name == null) {
                    throw new IllegalArgumentException("no name for part id " + part);
                }
                int[] tris = select(partOfTriangle, from, count, part, e.getValue()[0]);
                Mesh sub = SubMeshes.extract(mesh, corners, tris);
                Geometry piece = new Geometry(base + "-" + name, sub);
                pieces.add(new PreparedWriteBack.Piece(part, name, piece, tris.length));
            }
            Mesh remainder = unlabelled == 0
                    ? null
                    : unlabelled == count
                            ? mesh
                            : SubMeshes.extract(mesh, corners, select(partOfTriangle, from, count, -1, unlabelled));
            splits.add(new PreparedWriteBack.Split(
                    g, mesh, remainder, unlabelled, List.copyOf(pieces), label != null, label != null ? base : null));
        }
        LOG.debug("{}: write-back prepared for {} geometries", soup.fileName(), splits.size());
        return new PreparedWriteBack(splits, scene.root());
    }

    /** A labelled Geometry all of whose triangles keep its part id and name: nothing to write. */
    private static boolean unchanged(
            PartUserData.Label label, Map<Integer, int[]> counts, int unlabelled, Map<Integer, String> partNames) {
        return unlabelled == 0
                && counts.size() == 1
                && counts.containsKey(label.id())
                && label.name().equals(partNames.get(label.id()));
    }

    /** The Geometry's name without the {@code "-<part>"} an earlier write-back appended, so names do not grow. */
    private static String baseName(String name, PartUserData.Label label) {
        String suffix = label == null ? null : "-" + label.name();
        return suffix != null && name != null && name.length() > suffix.length() && name.endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length())
                : name;
    }

    /** Local triangle indices of {@code [from, from+count)} whose label is {@code part} (negative: any negative). */
    private static int[] select(int[] labels, int from, int count, int part, int expected) {
        int[] out = new int[expected];
        int w = 0;
        for (int k = 0; k < count; k++) {
            int p = labels[from + k];
            if (part < 0 ? p < 0 : p == part) {
                out[w++] = k;
            }
        }
        return w == expected ? out : Arrays.copyOf(out, w);
    }
}
