package org.iseg3d.bridge.transfer;

import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.testutil.TestGeometry;

/**
 * Timing harness for {@link LabelTransfer} at about a million triangles (not a test; run by hand, see the
 * engine-bridge README): two bumpy height-field meshes of 708×354 quads each (1,002,528 triangles), 4096 and
 * 16384 samples, labels = 5 regions. Reports the median over 7 runs after 3 warm-up runs of {@code prepare} (kNN
 * candidates + weld, once per session) and {@code transfer} (vote + one smoothing pass, once per click), as wall
 * time and as process CPU time (all threads; robust to other load on a shared machine, but it sums the cores).
 *
 * <p>Args: {@code [quads per side, default 708] [runs, default 7]}.
 */
public final class LabelTransferTiming {

    private LabelTransferTiming() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 708;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Node root = new Node("bumps");
        for (int half = 0; half < 2; half++) {
            Mesh mesh = TestGeometry.grid(n, n / 2, 1f, 0.5f);
            FloatBuffer pos =
                    (FloatBuffer) mesh.getBuffer(VertexBuffer.Type.Position).getData();
            for (int v = 0; v < pos.limit() / 3; v++) {
                float x = pos.get(3 * v), z = pos.get(3 * v + 2) + 0.5f * half;
                pos.put(3 * v + 1, 0.05f * (float) (Math.sin(17 * x) * Math.cos(13 * z)));
                pos.put(3 * v + 2, z);
            }
            mesh.updateBound();
            Geometry g = new Geometry("half" + half, mesh);
            g.setMaterial(TestGeometry.material());
            root.attachChild(g);
        }
        TriangleSoup soup = SceneFlattener.flatten(root, "bumps");
        System.out.printf(
                Locale.ROOT,
                "%d triangles, %d cores available to the JVM%n",
                soup.triangleCount(),
                Runtime.getRuntime().availableProcessors());
        for (int points : new int[] {4096, 16384}) {
            SampledShape shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), points, 1L);
            int[] labels = new int[points];
            SplittableRandom rnd = new SplittableRandom(2);
            for (int i = 0; i < points; i++) {
                float x = shape.cloud().x(i) + (float) (rnd.nextGaussian() * 0.01),
                        z = shape.cloud().z(i);
                labels[i] = x < 0.3f ? 0 : x < 0.6f ? (z < 0.5f ? 1 : 2) : z < 0.3f ? 3 : 4;
            }
            SampleIndex index = SampleIndex.of(shape, soup.geometries().size());
            long[] prep = new long[runs];
            long[] tr = new long[runs];
            long[] prepCpu = new long[runs];
            long[] trCpu = new long[runs];
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            LabelTransfer transfer = null;
            for (int r = -3; r < runs; r++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                transfer = LabelTransfer.prepare(
                        soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false);
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                int[] out = transfer.transfer(labels);
                long t2 = System.nanoTime();
                long c2 = os.getProcessCpuTime();
                if (out.length != soup.triangleCount()) {
                    throw new AssertionError();
                }
                if (r >= 0) {
                    prep[r] = t1 - t0;
                    tr[r] = t2 - t1;
                    prepCpu[r] = c1 - c0;
                    trCpu[r] = c2 - c1;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%6d points: prepare median %.1f ms wall (min %.1f; %.1f ms CPU), transfer"
                            + " median %.1f ms wall (min %.1f; %.1f ms CPU)%n",
                    points,
                    median(prep),
                    min(prep),
                    median(prepCpu),
                    median(tr),
                    min(tr),
                    median(trCpu));
        }
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double min(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }
}
