package org.iseg3d.editor.control;

import org.iseg3d.bridge.session.Part;
import org.iseg3d.bridge.session.SessionState;

/**
 * What the overlay draws over each triangle of the session's soup: RGBA per triangle, 4 floats each. The current
 * mask wins over accepted parts; a highlighted part (hovered or selected in the part list) is drawn more opaque;
 * triangles in no part and not in the mask are fully transparent. Pure and stateless.
 */
public final class OverlayColors {

    /** The current mask's colour (bright cyan-white, unlike the part palette), drawn over everything else. */
    public static final float[] MASK_RGBA = {0.35f, 0.95f, 1f, 0.85f};
    /** Opacity of accepted parts, and of a highlighted part. */
    public static final float PART_ALPHA = 0.55f;

    public static final float HIGHLIGHT_ALPHA = 0.9f;
    /** No part highlighted. */
    public static final int NONE = SessionState.NO_PART;

    private OverlayColors() {}

    /**
     * @param state       the session state (triangle arrays index the soup)
     * @param highlighted a part id drawn more opaque, or {@link #NONE}
     * @param out         reused when it has 4 floats per triangle, else a new array is returned
     * @return RGBA per triangle
     */
    public static float[] triangleColors(SessionState state, int highlighted, float[] out) {
        int n = state.triangleMask().length;
        float[] c = out != null && out.length == 4 * n ? out : new float[4 * n];
        int[] partOf = state.partOfTriangle();
        int maxId = Math.max(state.nextPartId(), 1);
        float[][] partRgba = new float[maxId][];
        for (Part p : state.parts()) {
            if (p.id() < maxId) {
                int rgb = p.rgb();
                float a = p.id() == highlighted ? HIGHLIGHT_ALPHA : PART_ALPHA;
                partRgba[p.id()] =
                        new float[] {((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f, a};
            }
        }
        boolean[] mask = state.triangleMask();
        for (int t = 0; t < n; t++) {
            float[] rgba = null;
            if (mask[t]) {
                rgba = MASK_RGBA;
            } else if (t < partOf.length && partOf[t] >= 0 && partOf[t] < maxId) {
                rgba = partRgba[partOf[t]];
            }
            int o = 4 * t;
            if (rgba == null) {
                c[o] = 0f;
                c[o + 1] = 0f;
                c[o + 2] = 0f;
                c[o + 3] = 0f;
            } else {
                System.arraycopy(rgba, 0, c, o, 4);
            }
        }
        return c;
    }
}
