package org.iseg3d.tf.train;

import java.util.SplittableRandom;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.data.TrainingShape;

/**
 * STAND-IN training data until the reshuffle generator (package {@code org.iseg3d.tf.data}, branch tf-data) is
 * merged: 2-8 primitives (boxes, cylinders, spheres) of random size, orientation and position, each one segment,
 * sampled area-weighted with exact normals. Shape i depends only on (seed, i), so any position can be resumed.
 * Far simpler than ABC Reshuffle; fine for testing the pipeline, not for a useful prior.
 *
 * <p>Not thread-safe (one cursor); O(points) per shape.
 */
public final class StandInShapes implements ShapeSource {

    private final long seed;
    private final int points;
    private long position;

    public StandInShapes(long seed, int points, long position) {
        if (points < 16 || position < 0) {
            throw new IllegalArgumentException("need >= 16 points and a position >= 0");
        }
        this.seed = seed;
        this.points = points;
        this.position = position;
    }

    @Override
    public TrainingShape next() {
        return shape(position++);
    }

    @Override
    public long position() {
        return position;
    }

    /** Shape number {@code index} of this seed. */
    public TrainingShape shape(long index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int k = 2 + rnd.nextInt(7);
        Primitive[] prims = new Primitive[k];
        double[] area = new double[k];
        double total = 0;
        for (int s = 0; s < k; s++) {
            prims[s] = Primitive.random(rnd, s == 0 ? null : prims[rnd.nextInt(s)]);
            area[s] = prims[s].area();
            total += area[s];
        }
        float[] xyz = new float[3 * points], nrm = new float[3 * points];
        int[] seg = new int[points];
        double[] p = new double[3], n = new double[3];
        for (int i = 0; i < points; i++) {
            // every primitive gets at least one point so K is the true segment count
            int s = i < k ? i : pick(area, total, rnd.nextDouble());
            prims[s].sample(rnd, p, n);
            for (int a = 0; a < 3; a++) {
                xyz[3 * i + a] = (float) p[a];
                nrm[3 * i + a] = (float) n[a];
            }
            seg[i] = s;
        }
        return new TrainingShape(new PointCloud(xyz, nrm).normalizedToUnitSphere(), seg, k);
    }

    private static int pick(double[] area, double total, double u) {
        double acc = 0;
        for (int s = 0; s < area.length; s++) {
            acc += area[s] / total;
            if (u < acc) {
                return s;
            }
        }
        return area.length - 1;
    }

    /** A box, cylinder or sphere: local surface sample, then rotation R and translation t. */
    private record Primitive(int kind, double[] size, double[] r, double[] t) {

        static Primitive random(SplittableRandom rnd, Primitive attachTo) {
            int kind = rnd.nextInt(3);
            double[] size = {0.1 + rnd.nextDouble() * 0.5, 0.1 + rnd.nextDouble() * 0.5, 0.1 + rnd.nextDouble() * 0.5};
            double[] r = rotation(rnd);
            double[] t = new double[3];
            if (attachTo != null) {
                // place near the surface of an earlier primitive so parts touch, as in composed CAD shapes
                double[] p = new double[3], n = new double[3];
                attachTo.sample(rnd, p, n);
                for (int a = 0; a < 3; a++) {
                    t[a] = p[a] + n[a] * 0.5 * size[rnd.nextInt(3)];
                }
            }
            return new Primitive(kind, size, r, t);
        }

        double area() {
            double a = size[0], b = size[1], c = size[2];
            return switch (kind) {
                case 0 -> 8 * (a * b + b * c + a * c);
                case 1 -> 2 * Math.PI * a * a + 2 * Math.PI * a * 2 * c;
                default -> 4 * Math.PI * a * a;
            };
        }

        void sample(SplittableRandom rnd, double[] p, double[] n) {
            double a = size[0], b = size[1], c = size[2];
            double[] lp = new double[3], ln = new double[3];
            switch (kind) {
                case 0 -> { // box [-a,a]x[-b,b]x[-c,c], face chosen by area
                    double[] fa = {b * c, a * c, a * b};
                    double u = rnd.nextDouble() * (fa[0] + fa[1] + fa[2]);
                    int ax = u < fa[0] ? 0 : u < fa[0] + fa[1] ? 1 : 2;
                    double sign = rnd.nextBoolean() ? 1 : -1;
                    for (int d = 0; d < 3; d++) {
                        lp[d] = (2 * rnd.nextDouble() - 1) * size[d];
                    }
                    lp[ax] = sign * size[ax];
                    ln[ax] = sign;
                }
                case 1 -> { // cylinder radius a, half-height c, caps included
                    double side = 2 * Math.PI * a * 2 * c, cap = Math.PI * a * a;
                    double u = rnd.nextDouble() * (side + 2 * cap);
                    double phi = rnd.nextDouble() * 2 * Math.PI;
                    if (u < side) {
                        lp[0] = a * Math.cos(phi);
                        lp[1] = a * Math.sin(phi);
                        lp[2] = (2 * rnd.nextDouble() - 1) * c;
                        ln[0] = Math.cos(phi);
                        ln[1] = Math.sin(phi);
                    } else {
                        double rr = a * Math.sqrt(rnd.nextDouble());
                        double sign = u < side + cap ? 1 : -1;
                        lp[0] = rr * Math.cos(phi);
                        lp[1] = rr * Math.sin(phi);
                        lp[2] = sign * c;
                        ln[2] = sign;
                    }
                }
                default -> { // sphere radius a
                    double z = 2 * rnd.nextDouble() - 1, phi = rnd.nextDouble() * 2 * Math.PI;
                    double s = Math.sqrt(1 - z * z);
                    ln[0] = s * Math.cos(phi);
                    ln[1] = s * Math.sin(phi);
                    ln[2] = z;
                    for (int d = 0; d < 3; d++) {
                        lp[d] = a * ln[d];
                    }
                }
            }
            for (int i = 0; i < 3; i++) {
                p[i] = t[i] + r[3 * i] * lp[0] + r[3 * i + 1] * lp[1] + r[3 * i + 2] * lp[2];
                n[i] = r[3 * i] * ln[0] + r[3 * i + 1] * ln[1] + r[3 * i + 2] * ln[2];
            }
        }

        /** A uniformly random rotation matrix (row-major) from a random unit quaternion. */
        static double[] rotation(SplittableRandom rnd) {
            double u1 = rnd.nextDouble(), u2 = rnd.nextDouble() * 2 * Math.PI, u3 = rnd.nextDouble() * 2 * Math.PI;
            double w = Math.sqrt(1 - u1) * Math.sin(u2), x = Math.sqrt(1 - u1) * Math.cos(u2);
            double y = Math.sqrt(u1) * Math.sin(u3), z = Math.sqrt(u1) * Math.cos(u3);
            return new double[] {
                1 - 2 * (y * y + z * z),
                2 * (x * y - w * z),
                2 * (x * z + w * y),
                2 * (x * y + w * z),
                1 - 2 * (x * x + z * z),
                2 * (y * z - w * x),
                2 * (x * z - w * y),
                2 * (y * z + w * x),
                1 - 2 * (x * x + y * y)
            };
        }
    }
}
