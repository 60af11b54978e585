package org.iseg3d.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The one Java2D plotter of the project (headless): a white anti-aliased canvas with the sans-serif 12 pt font, drawn
 * by the caller, written as a PNG atomically (temporary file, then move). {@link CurvesPlot} (mIoU against clicks) and
 * {@link LossCurvePlot} (training loss against steps) draw on it. Stateless.
 */
public final class Canvas {

    private Canvas() {}

    /** Draws {@code w × h} pixels with {@code draw} and writes them to {@code file} as a PNG. */
    public static void png(int w, int h, Consumer<Graphics2D> draw, Path file) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            draw.accept(g);
        } finally {
            g.dispose();
        }
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            ImageIO.write(img, "png", tmp.toFile());
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A polyline through {@code (xs[i], ys[i])} in pixels. */
    public static void polyline(Graphics2D g, int[] xs, int[] ys) {
        g.drawPolyline(xs, ys, xs.length);
    }
}
