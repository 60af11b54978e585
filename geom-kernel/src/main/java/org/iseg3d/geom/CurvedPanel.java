package org.iseg3d.geom;

import java.util.EnumSet;

/**
 * A thick rounded panel (width along x, height along y, thickness along z, centred at the origin)
 * bent around a vertical axis. A positive bend radius makes the front (+z) side concave, like a
 * curved monitor or a chair back wrapping around the sitter; zero means flat.
 */
public final class CurvedPanel {

    private CurvedPanel() {}

    public static Mesh of(
            double width, double height, double thickness, double edgeRadius, double bendRadius, int widthSegments) {
        Mesh flat = RoundedBox.of(
                width,
                height,
                thickness,
                edgeRadius,
                3,
                Math.max(1, widthSegments),
                2,
                1,
                EnumSet.noneOf(RoundedBox.Face.class));
        if (bendRadius == 0 || Double.isInfinite(bendRadius)) {
            return flat;
        }
        return bend(flat, bendRadius);
    }

    /** Bends a mesh around the vertical axis through (0, y, R): x becomes arc length. */
    public static Mesh bend(Mesh mesh, double radius) {
        float[] p = mesh.positions().clone();
        float[] n = mesh.normals().clone();
        for (int i = 0; i < p.length; i += 3) {
            double x = p[i];
            double z = p[i + 2];
            double theta = x / radius;
            double rho = radius - z;
            double c = StrictMath.cos(theta);
            double s = StrictMath.sin(theta);
            p[i] = (float) (rho * s);
            p[i + 2] = (float) (radius - rho * c);
            double nx = n[i] * radius / rho;
            double ny = n[i + 1];
            double nz = n[i + 2];
            Vec3 nn = new Vec3(nx * c - nz * s, ny, nx * s + nz * c).normalized();
            n[i] = (float) nn.x();
            n[i + 1] = (float) nn.y();
            n[i + 2] = (float) nn.z();
        }
        return new Mesh(p, n, mesh.indices().clone());
    }
}
