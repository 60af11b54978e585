package org.iseg3d.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The training loss (total, L_ctr and L_cte; eq. 5) against the step, as a PNG on the shared {@link Canvas}; what
 * {@code iseg3d train} writes into each checkpoint. Stateless.
 */
public final class LossCurvePlot {

    private static final int W = 800, H = 450, PAD = 60;

    private LossCurvePlot() {}

    /** The curves of {@code steps[i]} → {@code total[i]}, {@code ctr[i]}, {@code cte[i]} into {@code file}. */
    public static void write(long[] steps, double[] total, double[] ctr, double[] cte, Path file) throws IOException {
        Canvas.png(W, H, g -> draw(g, steps, total, ctr, cte), file);
    }

    private static void draw(Graphics2D g, long[] steps, double[] total, double[] ctr, double[] cte) {
        g.drawRect(PAD, PAD / 2, W - 3 * PAD / 2, H - 3 * PAD / 2);
        g.drawString("iSeg3D training loss (eq. 5) by step", PAD, PAD / 2 - 8);
        if (steps.length == 0) {
            g.drawString("no steps yet", W / 2 - 30, H / 2);
            return;
        }
        long maxStep = Math.max(1, steps[steps.length - 1]);
        double maxLoss = 0;
        for (double v : total) {
            maxLoss = Math.max(maxLoss, v);
        }
        maxLoss = maxLoss > 0 ? maxLoss * 1.05 : 1;
        g.drawString("0", PAD - 12, H - PAD + 4);
        g.drawString(String.format(Locale.ROOT, "%.3f", maxLoss), 4, PAD / 2 + 4);
        g.drawString("step " + maxStep, W - PAD - 30, H - PAD + 20);
        line(g, steps, total, maxStep, maxLoss, Color.BLACK, "total", 0);
        line(g, steps, ctr, maxStep, maxLoss, new Color(0xD0, 0x40, 0x20), "ctr", 1);
        line(g, steps, cte, maxStep, maxLoss, new Color(0x20, 0x60, 0xD0), "cte", 2);
    }

    private static void line(
            Graphics2D g, long[] steps, double[] y, long maxStep, double maxLoss, Color c, String label, int slot) {
        g.setColor(c);
        g.setStroke(new BasicStroke(1.5f));
        int plotW = W - 3 * PAD / 2, plotH = H - 3 * PAD / 2;
        int[] xs = new int[steps.length], ys = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            xs[i] = PAD + (int) (plotW * (double) steps[i] / maxStep);
            ys[i] = PAD / 2 + plotH - (int) (plotH * y[i] / maxLoss);
        }
        Canvas.polyline(g, xs, ys);
        g.drawString(label, W - PAD - 10 - 40 * (2 - slot) - 40, PAD / 2 + 16);
    }
}
