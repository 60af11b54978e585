package org.iseg3d.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.knn.KdTree;
import org.iseg3d.core.knn.KnnTable;

/**
 * A simulated scribble (Sec. 3.4: "a scribble tool that can densely mark a set of negative clicks in the mislabeled
 * area"): a short straight drag through a point of a spill region, as the user's mouse would hit the surface. The
 * stroke runs from the centre point along the region's main direction near it (principal axis of the region's
 * points within {@link #LENGTH} of the centre), both ways, in steps of the sample spacing; each position snaps to
 * the nearest point of the region, and a side ends when that point is more than two spacings off the line (the
 * stroke left the region) or at half the length. Deterministic.
 */
final class Scribbles {

    /** Stroke length in the unit sphere the shape is normalised into (radius 1): a short drag. */
    static final float LENGTH = 0.3f;
    /** A stroke marks at most this many points. */
    static final int MAX_POINTS = 24;

    private Scribbles() {}

    /**
     * The negative clicks of a stroke through {@code centre} inside {@code region} (a spill region), clicked points
     * left out; at least the centre itself unless it was clicked.
     */
    static List<Click> stroke(float[] xyz, KnnTable table, ErrorRegions.Region region, int centre, boolean[] clicked) {
        int[] pts = region.points();
        float spacing = spacing(table, pts);
        float[] sub = new float[3 * pts.length];
        for (int i = 0; i < pts.length; i++) {
            System.arraycopy(xyz, 3 * pts[i], sub, 3 * i, 3);
        }
        KdTree tree = new KdTree(sub);
        float cx = xyz[3 * centre], cy = xyz[3 * centre + 1], cz = xyz[3 * centre + 2];
        float[] u = mainDirection(xyz, pts, cx, cy, cz);
        Set<Integer> out = new LinkedHashSet<>();
        List<Integer> back = new ArrayList<>();
        int steps = Math.max(1, (int) Math.ceil(LENGTH / 2 / spacing));
        float maxOff = 4 * spacing * spacing; // squared: two spacings
        for (int side = -1; side <= 1; side += 2) {
            for (int s = side == -1 ? 1 : 0; s <= steps; s++) {
                float t = side * s * spacing;
                float qx = cx + t * u[0], qy = cy + t * u[1], qz = cz + t * u[2];
                int j = tree.nearest(qx, qy, qz);
                float dx = sub[3 * j] - qx, dy = sub[3 * j + 1] - qy, dz = sub[3 * j + 2] - qz;
                if (dx * dx + dy * dy + dz * dz > maxOff) {
                    break;
                }
                if (side == -1) {
                    back.add(pts[j]);
                } else {
                    out.add(pts[j]);
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(back);
        java.util.Collections.reverse(ordered);
        ordered.addAll(out);
        Set<Integer> unique = new LinkedHashSet<>();
        for (int p : ordered) {
            if (!clicked[p]) {
                unique.add(p);
            }
        }
        List<Click> clicks = new ArrayList<>();
        for (int p : unique) {
            if (clicks.size() == MAX_POINTS) {
                break;
            }
            clicks.add(Click.negative(p));
        }
        return clicks;
    }

    /** Mean distance to the nearest neighbour over the region: the spacing of a mouse drag's hits. */
    private static float spacing(KnnTable table, int[] pts) {
        double sum = 0;
        for (int p : pts) {
            sum += Math.sqrt(table.distSq()[p * table.k()]);
        }
        return (float) Math.max(1e-4, sum / pts.length);
    }

    /** Principal axis (power iteration on the 3×3 covariance) of the region's points near the centre. */
    private static float[] mainDirection(float[] xyz, int[] pts, float cx, float cy, float cz) {
        double[] c = new double[6]; // xx xy xz yy yz zz
        double r2 = LENGTH * LENGTH;
        int n = 0;
        for (int p : pts) {
            double dx = xyz[3 * p] - cx, dy = xyz[3 * p + 1] - cy, dz = xyz[3 * p + 2] - cz;
            if (dx * dx + dy * dy + dz * dz > r2) {
                continue;
            }
            c[0] += dx * dx;
            c[1] += dx * dy;
            c[2] += dx * dz;
            c[3] += dy * dy;
            c[4] += dy * dz;
            c[5] += dz * dz;
            n++;
        }
        double[] v = {0.577, 0.577, 0.577};
        if (n < 2) {
            return new float[] {1, 0, 0};
        }
        for (int it = 0; it < 50; it++) {
            double x = c[0] * v[0] + c[1] * v[1] + c[2] * v[2];
            double y = c[1] * v[0] + c[3] * v[1] + c[4] * v[2];
            double z = c[2] * v[0] + c[4] * v[1] + c[5] * v[2];
            double len = Math.sqrt(x * x + y * y + z * z);
            if (len < 1e-12) {
                return new float[] {1, 0, 0};
            }
            v[0] = x / len;
            v[1] = y / len;
            v[2] = z / len;
        }
        return new float[] {(float) v[0], (float) v[1], (float) v[2]};
    }
}
