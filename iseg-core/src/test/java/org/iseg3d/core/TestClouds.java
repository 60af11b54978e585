package org.iseg3d.core;

import java.util.SplittableRandom;
import org.iseg3d.core.cloud.PointCloud;

/** Small hand-made clouds for tests. */
public final class TestClouds {

    private TestClouds() {}

    /** Points from flat xyz triples, all normals +z. */
    public static PointCloud of(float... xyz) {
        float[] n = new float[xyz.length];
        for (int i = 2; i < n.length; i += 3) {
            n[i] = 1;
        }
        return new PointCloud(xyz, n);
    }

    /** Points on a line x = 0, step, 2·step, … */
    public static PointCloud line(int n, float step) {
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = i * step;
        }
        return of(xyz);
    }

    /** Uniform random points in a box, normals +z. */
    public static PointCloud randomBox(int n, long seed, float sx, float sy, float sz) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = (float) r.nextDouble() * sx;
            xyz[3 * i + 1] = (float) r.nextDouble() * sy;
            xyz[3 * i + 2] = (float) r.nextDouble() * sz;
        }
        return of(xyz);
    }

    /**
     * Two well separated unit-square patches (part 0 at z = 0, part 1 at z = 3), each {@code perPart} random
     * points; returns the cloud, and {@link #twoPatchLabels} gives the labels.
     */
    public static PointCloud twoPatches(int perPart, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] xyz = new float[6 * perPart];
        for (int i = 0; i < 2 * perPart; i++) {
            xyz[3 * i] = (float) r.nextDouble();
            xyz[3 * i + 1] = (float) r.nextDouble();
            xyz[3 * i + 2] = i < perPart ? 0 : 3;
        }
        return of(xyz);
    }

    public static boolean[] twoPatchLabels(int perPart, int part) {
        boolean[] t = new boolean[2 * perPart];
        for (int i = 0; i < 2 * perPart; i++) {
            t[i] = (i < perPart) == (part == 0);
        }
        return t;
    }
}
