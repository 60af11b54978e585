package org.iseg3d.scenes;

import org.iseg3d.geom.MeshMetrics;

/** Geometry measurements used by the tests. */
final class MeshChecks {

    private MeshChecks() {}

    /** Fraction of triangles whose area is below {@code minArea}. */
    static double degenerateFraction(MeshPart part, double minArea) {
        return MeshMetrics.degenerateFraction(part.positions(), part.indices(), minArea);
    }

    /** Largest |length - 1| over the normals. */
    static double maxNormalError(MeshPart part) {
        return MeshMetrics.maxNormalError(part.normals());
    }

    /** Area fraction of triangles wound the way their vertex normals point. */
    static double windingAgreement(MeshPart part) {
        return MeshMetrics.windingAgreement(part.positions(), part.normals(), part.indices());
    }

    /** Axis-aligned bounding box diagonal of the whole object. */
    static double diagonal(SceneObject o) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (MeshPart part : o.parts()) {
            float[] p = part.positions();
            for (int i = 0; i < p.length; i++) {
                min[i % 3] = Math.min(min[i % 3], p[i]);
                max[i % 3] = Math.max(max[i % 3], p[i]);
            }
        }
        return Math.sqrt(sq(max[0] - min[0]) + sq(max[1] - min[1]) + sq(max[2] - min[2]));
    }

    /**
     * Smallest distance between the surfaces of two parts, measured from the vertices of each part to
     * the triangles of the other; values above {@code cap} are reported as {@code cap}.
     */
    static double surfaceDistance(MeshPart a, MeshPart b, double cap) {
        return Math.min(vertexToSurface(a, b, cap), vertexToSurface(b, a, cap));
    }

    /**
     * Contact distance between two parts: 0 when their surfaces intersect (an edge of one crosses a
     * triangle of the other), otherwise {@link #surfaceDistance}.
     */
    static double contactDistance(MeshPart a, MeshPart b, double cap) {
        if (edgesCross(a, b) || edgesCross(b, a)) {
            return 0;
        }
        return surfaceDistance(a, b, cap);
    }

    private static boolean edgesCross(MeshPart from, MeshPart to) {
        float[] v = from.positions();
        int[] e = from.indices();
        float[] p = to.positions();
        int[] idx = to.indices();
        float[] bounds = bounds(p);
        for (int t = 0; t < e.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int a = 3 * e[t + k];
                int b = 3 * e[t + (k + 1) % 3];
                if (outside(v, a, b, bounds)) {
                    continue;
                }
                for (int u = 0; u < idx.length; u += 3) {
                    if (segmentHitsTriangle(v, a, b, p, 3 * idx[u], 3 * idx[u + 1], 3 * idx[u + 2])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static float[] bounds(float[] p) {
        float[] r = {
            Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE
        };
        for (int i = 0; i < p.length; i++) {
            r[i % 3] = Math.min(r[i % 3], p[i]);
            r[3 + i % 3] = Math.max(r[3 + i % 3], p[i]);
        }
        return r;
    }

    private static boolean outside(float[] v, int a, int b, float[] box) {
        for (int k = 0; k < 3; k++) {
            if (Math.max(v[a + k], v[b + k]) < box[k] || Math.min(v[a + k], v[b + k]) > box[3 + k]) {
                return true;
            }
        }
        return false;
    }

    /** Moller-Trumbore test restricted to the segment [a, b]. */
    private static boolean segmentHitsTriangle(float[] v, int a, int b, float[] p, int t0, int t1, int t2) {
        double dx = v[b] - v[a];
        double dy = v[b + 1] - v[a + 1];
        double dz = v[b + 2] - v[a + 2];
        // quick reject: segment bbox vs triangle bbox
        for (int k = 0; k < 3; k++) {
            double smin = Math.min(v[a + k], v[b + k]);
            double smax = Math.max(v[a + k], v[b + k]);
            double tmin = Math.min(p[t0 + k], Math.min(p[t1 + k], p[t2 + k]));
            double tmax = Math.max(p[t0 + k], Math.max(p[t1 + k], p[t2 + k]));
            if (smax < tmin || smin > tmax) {
                return false;
            }
        }
        double e1x = p[t1] - p[t0];
        double e1y = p[t1 + 1] - p[t0 + 1];
        double e1z = p[t1 + 2] - p[t0 + 2];
        double e2x = p[t2] - p[t0];
        double e2y = p[t2 + 1] - p[t0 + 1];
        double e2z = p[t2 + 2] - p[t0 + 2];
        double hx = dy * e2z - dz * e2y;
        double hy = dz * e2x - dx * e2z;
        double hz = dx * e2y - dy * e2x;
        double det = e1x * hx + e1y * hy + e1z * hz;
        if (Math.abs(det) < 1e-18) {
            return false;
        }
        double f = 1 / det;
        double sx = v[a] - p[t0];
        double sy = v[a + 1] - p[t0 + 1];
        double sz = v[a + 2] - p[t0 + 2];
        double uu = f * (sx * hx + sy * hy + sz * hz);
        if (uu < 0 || uu > 1) {
            return false;
        }
        double qx = sy * e1z - sz * e1y;
        double qy = sz * e1x - sx * e1z;
        double qz = sx * e1y - sy * e1x;
        double vv = f * (dx * qx + dy * qy + dz * qz);
        if (vv < 0 || uu + vv > 1) {
            return false;
        }
        double t = f * (e2x * qx + e2y * qy + e2z * qz);
        return t >= 0 && t <= 1;
    }

    private static double vertexToSurface(MeshPart from, MeshPart to, double cap) {
        float[] v = from.positions();
        float[] p = to.positions();
        int[] idx = to.indices();
        int nt = idx.length / 3;
        float[] box = new float[6 * nt];
        for (int t = 0; t < nt; t++) {
            for (int k = 0; k < 3; k++) {
                float lo = Float.MAX_VALUE;
                float hi = -Float.MAX_VALUE;
                for (int j = 0; j < 3; j++) {
                    float c = p[3 * idx[3 * t + j] + k];
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                }
                box[6 * t + k] = lo;
                box[6 * t + 3 + k] = hi;
            }
        }
        double best = cap;
        for (int i = 0; i < v.length; i += 3) {
            double x = v[i];
            double y = v[i + 1];
            double z = v[i + 2];
            for (int t = 0; t < nt; t++) {
                int o = 6 * t;
                if (x < box[o] - best
                        || x > box[o + 3] + best
                        || y < box[o + 1] - best
                        || y > box[o + 4] + best
                        || z < box[o + 2] - best
                        || z > box[o + 5] + best) {
                    continue;
                }
                double d = pointTriangle(x, y, z, p, 3 * idx[3 * t], 3 * idx[3 * t + 1], 3 * idx[3 * t + 2]);
                if (d < best) {
                    best = d;
                    if (best == 0) {
                        return 0;
                    }
                }
            }
        }
        return best;
    }

    /** Distance from point to triangle (Ericson, Real-Time Collision Detection 5.1.5). */
    static double pointTriangle(double px, double py, double pz, float[] p, int a, int b, int c) {
        double[] pa = {p[a], p[a + 1], p[a + 2]};
        double[] ab = {p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]};
        double[] ac = {p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]};
        double[] ap = {px - pa[0], py - pa[1], pz - pa[2]};
        double d1 = dot(ab, ap);
        double d2 = dot(ac, ap);
        if (d1 <= 0 && d2 <= 0) {
            return len(ap);
        }
        double[] bp = {px - p[b], py - p[b + 1], pz - p[b + 2]};
        double d3 = dot(ab, bp);
        double d4 = dot(ac, bp);
        if (d3 >= 0 && d4 <= d3) {
            return len(bp);
        }
        double vc = d1 * d4 - d3 * d2;
        if (vc <= 0 && d1 >= 0 && d3 <= 0) {
            double s = d1 / (d1 - d3);
            return dist(ap, ab, s, ac, 0);
        }
        double[] cp = {px - p[c], py - p[c + 1], pz - p[c + 2]};
        double d5 = dot(ab, cp);
        double d6 = dot(ac, cp);
        if (d6 >= 0 && d5 <= d6) {
            return len(cp);
        }
        double vb = d5 * d2 - d1 * d6;
        if (vb <= 0 && d2 >= 0 && d6 <= 0) {
            double w = d2 / (d2 - d6);
            return dist(ap, ab, 0, ac, w);
        }
        double va = d3 * d6 - d5 * d4;
        if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) {
            double w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
            // point on edge bc: b + w (c - b) = a + (1 - w) ab + w ac
            return dist(ap, ab, 1 - w, ac, w);
        }
        double denom = 1.0 / (va + vb + vc);
        double v = vb * denom;
        double w = vc * denom;
        return dist(ap, ab, v, ac, w);
    }

    private static double dist(double[] ap, double[] ab, double s, double[] ac, double t) {
        double x = ap[0] - ab[0] * s - ac[0] * t;
        double y = ap[1] - ab[1] * s - ac[1] * t;
        double z = ap[2] - ab[2] * s - ac[2] * t;
        return Math.sqrt(x * x + y * y + z * z);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double len(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double sq(double v) {
        return v * v;
    }
}
