package org.iseg3d.bridge.io;

import com.jme3.scene.Spatial;
import java.util.Optional;

/**
 * The user-data keys that carry accepted part labels in a jME scene, and how a Geometry's label is found.
 *
 * <p>Write-back stores, on every Geometry of an accepted part (and possibly on the part's Node),
 * {@value #PART} (String, the part name) and {@value #PART_ID} (Integer, the part id). A spatial's label is that of
 * its nearest ancestor-or-self carrying {@value #PART_ID}. Both values are plain jME user-data types, so the keys
 * travel through j3o as user data without our classes, and through glTF as node {@code extras}. The one definition
 * of the keys: write-back ({@code org.iseg3d.bridge.writeback}) sets them, io and the command line read them.
 */
public final class PartUserData {

    /** User-data key of the part name (String). */
    public static final String PART = "iseg3d.part";
    /** User-data key of the part id (Integer, &gt;= 0; stable across renames, never reused in a session). */
    public static final String PART_ID = "iseg3d.partId";
    /** Part id of a triangle whose Geometry carries no label. */
    public static final int UNLABELLED = -1;

    private PartUserData() {}

    /** A part label. */
    public record Label(int id, String name) {}

    /**
     * The label of {@code s}: the nearest ancestor-or-self with an integer {@value #PART_ID}; the name is that
     * spatial's {@value #PART} or, if absent, {@code "part_<id>"}. Empty if no ancestor carries an id.
     */
    public static Optional<Label> of(Spatial s) {
        for (Spatial p = s; p != null; p = p.getParent()) {
            Object id = p.getUserData(PART_ID);
            if (id instanceof Number n && n.intValue() >= 0) {
                Object name = p.getUserData(PART);
                String partName = name instanceof String str && !str.isBlank() ? str : "part_" + n.intValue();
                return Optional.of(new Label(n.intValue(), partName));
            }
        }
        return Optional.empty();
    }

    /** True if some spatial of the subtree carries a {@value #PART_ID} or {@value #PART}. */
    public static boolean isLabelled(Spatial root) {
        boolean[] found = {false};
        root.depthFirstTraversal(s -> {
            if (s.getUserData(PART_ID) != null || s.getUserData(PART) != null) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
