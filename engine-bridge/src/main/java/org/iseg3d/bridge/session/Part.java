package org.iseg3d.bridge.session;

import com.jme3.math.ColorRGBA;

/**
 * A part the user accepted.
 *
 * @param id            session-unique id (never reused, kept through renames; written as {@code iseg3d.partId})
 * @param name          unique non-blank name
 * @param rgb           display colour, 0xRRGGBB
 * @param triangleCount triangles currently assigned to it
 * @param area          their world-space area
 */
public record Part(int id, String name, int rgb, int triangleCount, double area) {

    public Part {
        if (id < 0) {
            throw new IllegalArgumentException("part id must be >= 0, got " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("part name must not be blank");
        }
    }

    /** The colour as a new jME colour (opaque). */
    public ColorRGBA color() {
        return new ColorRGBA(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f, 1f);
    }

    Part withName(String n) {
        return new Part(id, n, rgb, triangleCount, area);
    }

    Part withCounts(int triangles, double a) {
        return new Part(id, name, rgb, triangles, a);
    }

    /** A distinct colour per id: golden-ratio hue steps at fixed saturation and value. */
    static int paletteColor(int id) {
        double h = ((0.12 + id * 0.6180339887) % 1.0) * 6;
        double s = 0.65, v = 0.92;
        int sector = (int) h;
        double f = h - sector;
        double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
        double[] rgb =
                switch (sector) {
                    case 0 -> new double[] {v, t, p};
                    case 1 -> new double[] {q, v, p};
                    case 2 -> new double[] {p, v, t};
                    case 3 -> new double[] {p, q, v};
                    case 4 -> new double[] {t, p, v};
                    default -> new double[] {v, p, q};
                };
        return ((int) Math.round(rgb[0] * 255) << 16)
                | ((int) Math.round(rgb[1] * 255) << 8)
                | (int) Math.round(rgb[2] * 255);
    }
}
