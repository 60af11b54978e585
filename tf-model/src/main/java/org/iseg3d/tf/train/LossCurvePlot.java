package org.iseg3d.tf.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws the loss history (total, ctr, cte) against the step as a PNG with Java2D; works headless. Stateless and
 * thread-safe.
 */
public final class LossCurvePlot {

    public static final String FILE = "loss-curve.png";

    private static final int W = 800, H = 450, PAD = 60;

    private LossCurvePlot() {}

    public static void write(List<TrainState.LossPoint> history, Path file) throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawRect(PAD, PAD / 2, W - 3 * PAD / 2, H - 3 * PAD / 2);
            g.drawString("iSeg3D training loss (eq. 5) by step", PAD, PAD / 2 - 8);
            if (history.isEmpty()) {
                g.drawString("no steps yet", W / 2 - 30, H / 2);
            } else {
                long maxStep = Math.max(1, history.get(history.size() - 1).step());
                double maxLoss = history.stream()
                        .mapToDouble(TrainState.LossPoint::total)
                        .max()
                        .orElse(1);
                maxLoss = maxLoss > 0 ? maxLoss * 1.05 : 1;
                g.drawString("0", PAD - 12, H - PAD + 4);
                g.drawString(String.format("%.3f", maxLoss), 4, PAD / 2 + 4);
                g.drawString("step " + maxStep, W - PAD - 30, H - PAD + 20);
                line(g, history, TrainState.LossPoint::total, maxStep, maxLoss, Color.BLACK, "total");
                line(g, history, TrainState.LossPoint::ctr, maxStep, maxLoss, new Color(0xD0, 0x40, 0x20), "ctr");
                line(g, history, TrainState.LossPoint::cte, maxStep, maxLoss, new Color(0x20, 0x60, 0xD0), "cte");
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private static void line(
            Graphics2D g,
            List<TrainState.LossPoint> h,
            ToDoubleFunction<TrainState.LossPoint> y,
            long maxStep,
            double maxLoss,
            Color c,
            String label) {
        g.setColor(c);
        g.setStroke(new BasicStroke(1.5f));
        int plotW = W - 3 * PAD / 2, plotH = H - 3 * PAD / 2;
        int px = -1, py = -1;
        for (TrainState.LossPoint p : h) {
            int x = PAD + (int) (plotW * (double) p.step() / maxStep);
            int yy = PAD / 2 + plotH - (int) (plotH * y.applyAsDouble(p) / maxLoss);
            if (px >= 0) {
                g.drawLine(px, py, x, yy);
            }
            px = x;
            py = yy;
        }
        int slot = label.equals("total") ? 0 : label.equals("ctr") ? 1 : 2;
        g.drawString(label, W - PAD - 10 - 40 * (2 - slot) - 40, PAD / 2 + 16);
    }
}
