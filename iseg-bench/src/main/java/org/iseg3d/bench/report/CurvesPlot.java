package org.iseg3d.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * mIoU against the number of clicks (summary.miouAt of each eval report), one line per report (colour = method,
 * dashed = not the center protocol), as a PNG drawn with Java2D (headless). Stateless.
 */
public final class CurvesPlot {

    private static final int W = 900, H = 520, LEFT = 60, RIGHT = 230, TOP = 40, BOTTOM = 50;
    private static final Color[] COLORS = {
        new Color(0xC0392B),
        new Color(0x2471A3),
        new Color(0x229954),
        new Color(0x7D3C98),
        new Color(0xD68910),
        new Color(0x17202A),
        new Color(0x5D6D7E),
        new Color(0xE74C3C)
    };

    private CurvesPlot() {}

    public static void write(List<JsonNode> reports, Path file) throws IOException {
        Canvas.png(W, H, g -> draw(g, reports), file);
    }

    private static void draw(Graphics2D g, List<JsonNode> reports) {
        int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        int clicks = 1;
        for (JsonNode r : reports) {
            clicks = Math.max(clicks, r.get("summary").get("miouAt").size());
        }
        g.setColor(new Color(0xDDDDDD));
        for (int v = 0; v <= 100; v += 10) {
            int y = TOP + ph - v * ph / 100;
            g.drawLine(LEFT, y, LEFT + pw, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.drawString("mIoU (%) after k clicks, averaged per category then over categories", LEFT, TOP - 14);
        for (int v = 0; v <= 100; v += 20) {
            g.drawString(Integer.toString(v), LEFT - 28, TOP + ph - v * ph / 100 + 4);
        }
        for (int k = 1; k <= clicks; k++) {
            g.drawString(Integer.toString(k), x(k, clicks, pw) - 4, TOP + ph + 16);
        }
        g.drawString("clicks", LEFT + pw / 2 - 15, TOP + ph + 36);
        g.setStroke(new BasicStroke(2f));
        List<String> methods =
                reports.stream().map(r -> r.get("method").asText()).distinct().toList();
        for (int i = 0; i < reports.size(); i++) {
            JsonNode r = reports.get(i);
            JsonNode curve = r.get("summary").get("miouAt");
            // one colour per method; the protocol is the line style (greedy dashed)
            Color c = COLORS[methods.indexOf(r.get("method").asText()) % COLORS.length];
            g.setColor(c);
            if (!"center".equals(r.get("protocol").asText())) {
                g.setStroke(new BasicStroke(
                        2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
            } else {
                g.setStroke(new BasicStroke(2f));
            }
            for (int k = 1; k < curve.size(); k++) {
                g.drawLine(
                        x(k, clicks, pw),
                        y(curve.get(k - 1).asDouble(), ph),
                        x(k + 1, clicks, pw),
                        y(curve.get(k).asDouble(), ph));
            }
            int ly = TOP + 10 + 18 * i;
            g.drawLine(LEFT + pw + 12, ly, LEFT + pw + 36, ly);
            g.setColor(Color.BLACK);
            double at10 = curve.size() >= 10 ? curve.get(9).asDouble() : Double.NaN;
            g.drawString(
                    String.format(
                            Locale.ROOT,
                            "%s / %s  @10 %.1f",
                            r.get("method").asText(),
                            r.get("protocol").asText(),
                            at10),
                    LEFT + pw + 42,
                    ly + 4);
        }
    }

    private static int x(int k, int clicks, int pw) {
        return LEFT + (clicks == 1 ? 0 : (k - 1) * pw / (clicks - 1));
    }

    private static int y(double v, int ph) {
        return TOP + ph - (int) Math.round(Math.max(0, Math.min(100, v)) * ph / 100);
    }
}
