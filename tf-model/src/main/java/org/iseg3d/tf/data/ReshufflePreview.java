package org.iseg3d.tf.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Eyeballing and timing tool: renders generated shapes as an orthographic scatter image coloured by segment (PNG),
 * writes them as ASCII PLY point files, and measures shapes per second on the calling thread.
 *
 * <p>Usage: {@code ReshufflePreview <out.png> [seed] [shapes] [plyDir|-] [timingShapes]}.
 */
public final class ReshufflePreview {

    private static final Logger LOG = LogManager.getLogger(ReshufflePreview.class);
    private static final int TILE = 300;

    private ReshufflePreview() {}

    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "/tmp/reshuffle.png");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        ReshuffleGenerator gen = new ReshuffleGenerator(seed, ReshuffleParams.DEFAULT_POINTS);
        TrainingShape[] shapes = new TrainingShape[count];
        for (int i = 0; i < count; i++) {
            shapes[i] = gen.shape(i);
        }
        ImageIO.write(render(shapes), "png", png.toFile());
        LOG.info("wrote {} shapes to {}", count, png);
        if (args.length > 3 && !args[3].equals("-")) {
            Path dir = Files.createDirectories(Path.of(args[3]));
            for (int i = 0; i < count; i++) {
                writePly(shapes[i], dir.resolve(String.format(Locale.ROOT, "reshuffle_%04d.ply", i)));
            }
        }
        int timing = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        if (timing > 0) {
            for (int i = 0; i < Math.min(200, timing); i++) {
                gen.shape(1_000_000 + i); // warm-up
            }
            long t0 = System.nanoTime();
            long segments = 0;
            for (int i = 0; i < timing; i++) {
                segments += gen.shape(2_000_000 + i).segments();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            LOG.info(String.format(
                    Locale.ROOT,
                    "%d shapes in %.2f s on one thread: %.1f shapes/s, %.2f ms/shape, " + "%.2f segments/shape",
                    timing,
                    s,
                    timing / s,
                    1000 * s / timing,
                    (double) segments / timing));
        }
    }

    /** A grid of tiles, one shape each, seen from the front-right and above. */
    static BufferedImage render(TrainingShape[] shapes) {
        int cols = (int) Math.ceil(Math.sqrt(shapes.length)), rows = (shapes.length + cols - 1) / cols;
        BufferedImage img = new BufferedImage(cols * TILE, rows * TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        double yaw = Math.toRadians(35), pitch = Math.toRadians(25);
        double cy = Math.cos(yaw), sy = Math.sin(yaw), cp = Math.cos(pitch), sp = Math.sin(pitch);
        for (int k = 0; k < shapes.length; k++) {
            TrainingShape s = shapes[k];
            float[] p = s.cloud().xyz(), nrm = s.cloud().normals();
            int n = s.cloud().size();
            double[] sx = new double[n], syy = new double[n], depth = new double[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                double x = cy * p[3 * i] - sy * p[3 * i + 2], z = sy * p[3 * i] + cy * p[3 * i + 2];
                double y = cp * p[3 * i + 1] - sp * z;
                depth[i] = sp * p[3 * i + 1] + cp * z;
                sx[i] = (k % cols) * TILE + TILE / 2.0 + 0.45 * TILE * x;
                syy[i] = (k / cols) * TILE + TILE / 2.0 - 0.45 * TILE * y;
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(depth[a], depth[b]));
            for (int i : order) {
                float hue = (s.segmentOfPoint()[i] * 0.61803f) % 1f;
                double light = 0.55 + 0.45 * Math.abs(0.3 * nrm[3 * i] + 0.8 * nrm[3 * i + 1] + 0.5 * nrm[3 * i + 2]);
                g.setColor(Color.getHSBColor(hue, 0.75f, (float) Math.min(1, light)));
                g.fillOval((int) sx[i] - 2, (int) syy[i] - 2, 4, 4);
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(k + ": " + s.segments() + " segments", (k % cols) * TILE + 5, (k / cols) * TILE + 14);
            g.drawRect((k % cols) * TILE, (k / cols) * TILE, TILE - 1, TILE - 1);
        }
        g.dispose();
        return img;
    }

    /** ASCII PLY with x y z nx ny nz segment. */
    static void writePly(TrainingShape s, Path file) throws IOException {
        float[] p = s.cloud().xyz(), n = s.cloud().normals();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("ply\nformat ascii 1.0\nelement vertex " + s.cloud().size() + "\nproperty float x\n"
                    + "property float y\nproperty float z\nproperty float nx\nproperty float ny\nproperty float nz\n"
                    + "property int segment\nend_header\n");
            for (int i = 0; i < s.cloud().size(); i++) {
                w.write(String.format(
                        Locale.ROOT,
                        "%.5f %.5f %.5f %.4f %.4f %.4f %d%n",
                        p[3 * i],
                        p[3 * i + 1],
                        p[3 * i + 2],
                        n[3 * i],
                        n[3 * i + 1],
                        n[3 * i + 2],
                        s.segmentOfPoint()[i]));
            }
        }
    }
}
