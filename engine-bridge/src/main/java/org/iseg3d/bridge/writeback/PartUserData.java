package org.iseg3d.bridge.writeback;

/**
 * The jME {@code UserData} keys write-back sets on every part Node and every per-part Geometry. Both are plain
 * jME UserData types (String and Integer), so the scene saves to j3o and re-loads without our classes.
 */
public final class PartUserData {

    /** Part name, a {@code String}. */
    public static final String PART = "iseg3d.part";
    /** Part id of the session, an {@code int} (stable across renames; ids are never reused in a session). */
    public static final String PART_ID = "iseg3d.partId";

    private PartUserData() {
    }
}
