package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/**
 * Ear-clipping triangulation of simple counter-clockwise polygons, in two variants that give different triangles:
 * {@link #earClip} takes the fattest ear each round (benchmark extrusions, O(n^3)), {@link #earClipFirst} the first
 * ear found walking around the polygon (training-shape prisms, O(n^2)).
 */
public final class Triangulator {

    private Triangulator() {}

    /** Returns counter-clockwise triangles as indices into {@code poly}. */
    public static int[] earClip(List<Outline.P2> poly) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < poly.size(); i++) {
            idx.add(i);
        }
        List<Integer> out = new ArrayList<>();
        int guard = 0;
        while (idx.size() > 3 && guard++ < 100_000) {
            int m = idx.size();
            int bestEar = -1;
            double bestScore = -1;
            for (int k = 0; k < m; k++) {
                int ia = idx.get((k + m - 1) % m);
                int ib = idx.get(k);
                int ic = idx.get((k + 1) % m);
                if (isEar(poly, idx, ia, ib, ic)) {
                    double score = quality(poly.get(ia), poly.get(ib), poly.get(ic));
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        bestEar = k;
                    }
                }
            }
            if (bestEar < 0) {
                bestEar = 0; // degenerate input: fall back to a fan step
            }
            out.add(idx.get((bestEar + m - 1) % m));
            out.add(idx.get(bestEar));
            out.add(idx.get((bestEar + 1) % m));
            idx.remove(bestEar);
        }
        out.add(idx.get(0));
        out.add(idx.get(1));
        out.add(idx.get(2));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isEar(List<Outline.P2> poly, List<Integer> idx, int ia, int ib, int ic) {
        Outline.P2 a = poly.get(ia);
        Outline.P2 b = poly.get(ib);
        Outline.P2 c = poly.get(ic);
        if (cross(a, b, c) <= 1e-14) {
            return false;
        }
        for (int j : idx) {
            if (j == ia || j == ib || j == ic) {
                continue;
            }
            Outline.P2 p = poly.get(j);
            if (cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Smallest angle proxy: area over the sum of squared edge lengths (prefers fat triangles). */
    private static double quality(Outline.P2 a, Outline.P2 b, Outline.P2 c) {
        double l = sq(a, b) + sq(b, c) + sq(c, a);
        return cross(a, b, c) / l;
    }

    private static double sq(Outline.P2 a, Outline.P2 b) {
        return (a.x() - b.x()) * (a.x() - b.x()) + (a.y() - b.y()) * (a.y() - b.y());
    }

    private static double cross(Outline.P2 a, Outline.P2 b, Outline.P2 c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }

    /**
     * First-ear clipping of a simple counter-clockwise polygon {@code x0, y0, x1, y1, ...}; returns corner index
     * triples (fewer than n - 2 if the guard stops a degenerate input).
     */
    public static int[] earClipFirst(double[] poly) {
        int n = poly.length / 2;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] out = new int[3 * Math.max(0, n - 2)];
        int k = 0, m = n, guard = 0;
        int i = 0;
        while (m > 3 && guard++ < 4 * n * n) {
            int a = idx[(i + m - 1) % m], b = idx[i % m], c = idx[(i + 1) % m];
            if (isEar(poly, idx, m, a, b, c)) {
                out[k++] = a;
                out[k++] = b;
                out[k++] = c;
                System.arraycopy(idx, i % m + 1, idx, i % m, m - i % m - 1);
                m--;
            } else {
                i++;
            }
            i %= m;
        }
        if (m == 3) {
            out[k++] = idx[0];
            out[k++] = idx[1];
            out[k++] = idx[2];
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isEar(double[] p, int[] idx, int m, int a, int b, int c) {
        if (cross(p, a, b, c) <= 1e-15) {
            return false; // reflex or degenerate corner
        }
        for (int j = 0; j < m; j++) {
            int q = idx[j];
            if (q != a
                    && q != b
                    && q != c
                    && cross(p, a, b, q) >= 0
                    && cross(p, b, c, q) >= 0
                    && cross(p, c, a, q) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static double cross(double[] p, int a, int b, int c) {
        return (p[2 * b] - p[2 * a]) * (p[2 * c + 1] - p[2 * a + 1])
                - (p[2 * b + 1] - p[2 * a + 1]) * (p[2 * c] - p[2 * a]);
    }
}
