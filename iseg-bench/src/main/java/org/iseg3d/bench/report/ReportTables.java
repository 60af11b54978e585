package org.iseg3d.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iseg3d.bench.EvalReport;

/** Renders eval reports: the terminal table of one run, and Markdown tables over several JSON reports. */
public final class ReportTables {

    private static final int[] AT = {1, 5, 10, 15};

    private ReportTables() {}

    public static String categoryTable(EvalReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "method %s, protocol %s, IoU by %s, alpha %s, OR %s, SS %s, %d points, " + "%d clicks%n",
                r.method(),
                r.protocol(),
                r.iou(),
                usesAlpha(r.method()) ? String.format(Locale.ROOT, "%.2f", r.alpha()) : "n/a",
                r.outlierRemoval() ? "on" : "off",
                r.smoothing() ? "on" : "off",
                r.points(),
                r.clicks()));
        sb.append(String.format(
                Locale.ROOT,
                "%-14s %5s %7s %7s %7s %7s %7s %7s %7s%n",
                "category",
                "parts",
                "mIoU@1",
                "@5",
                "@10",
                "@15",
                "NoC@80",
                "NoC@85",
                "NoC@90"));
        r.categories()
                .forEach((name, c) -> sb.append(String.format(
                        Locale.ROOT,
                        "%-14s %5d %7s %7s %7s %7s %7s %7s %7s%n",
                        name,
                        c.parts(),
                        at(c.miouAt(), 1),
                        at(c.miouAt(), 5),
                        at(c.miouAt(), 10),
                        at(c.miouAt(), 15),
                        noc(c.nocCategory80()),
                        noc(c.nocCategory85()),
                        noc(c.nocCategory90()))));
        EvalReport.Summary s = r.summary();
        sb.append(String.format(
                Locale.ROOT,
                "%-14s %5d %7s %7s %7s %7s %7s %7s %7s%n",
                "mean",
                s.parts(),
                at(s.miouAt(), 1),
                at(s.miouAt(), 5),
                at(s.miouAt(), 10),
                at(s.miouAt(), 15),
                noc(s.nocCategory80()),
                noc(s.nocCategory85()),
                noc(s.nocCategory90())));
        sb.append(String.format(
                Locale.ROOT,
                "per-part NoC@80/85/90 (capped at %d): %.2f / %.2f / %.2f; "
                        + "%d shapes, %d parts, %d parts skipped%s%n",
                r.clicks(),
                s.noc80(),
                s.noc85(),
                s.noc90(),
                s.shapes(),
                s.parts(),
                s.skippedParts(),
                skipReasons(r.mesh())));
        EvalReport.Mesh m = r.mesh();
        if (m != null && m.facets()) {
            sb.append(String.format(Locale.ROOT, "masks follow facets: %s, %.0f°%n", m.variant(), m.facetAngle()));
        }
        EvalReport.Finetune f = r.finetune();
        sb.append(
                f.on()
                        ? String.format(
                                Locale.ROOT,
                                "online fine-tuning: %d steps at lr %s per negative click or "
                                        + "scribble; %d rounds, round p50 %.1f ms, p95 %.1f ms; %d rollbacks%s%n",
                                f.steps(),
                                f.learningRate(),
                                f.rounds(),
                                f.roundMsP50(),
                                f.roundMsP95(),
                                f.rollbacks(),
                                r.scribbles() ? "; simulated user scribbles" : "")
                        : "online fine-tuning: off" + (f.unsupported() ? " (the model cannot fine-tune)" : "")
                                + (r.scribbles() ? "; simulated user scribbles" : "") + String.format("%n"));
        EvalReport.Timing t = r.timing();
        sb.append(String.format(
                Locale.ROOT,
                "timing: embed p50 %.1f ms, click p50 %.3f ms, p95 %.3f ms, wall %.1f s" + " (%d threads; %s)%n",
                t.embedMsP50(),
                t.clickMsP50(),
                t.clickMsP95(),
                t.wallSeconds(),
                t.threads(),
                t.machine()));
        return sb.toString();
    }

    /** Why parts were skipped (the part floor of issue 12), or the old rule for reports without it. */
    private static String skipReasons(EvalReport.Mesh m) {
        if (m == null) {
            return " (< 20 points)";
        }
        return String.format(
                Locale.ROOT,
                " (%d below %.2f %% of the area, %d with < %d points, of them %d without any)"
                        + "; %d evaluated parts have < 20 points",
                m.skippedArea(),
                100 * m.minPartArea(),
                m.skippedPoints(),
                m.minPartPoints(),
                m.skippedNoPoints(),
                m.evaluatedBelow20());
    }

    private static String at(double[] curve, int k) {
        return k <= curve.length ? String.format(Locale.ROOT, "%.1f", curve[k - 1]) : "";
    }

    private static String noc(Number n) {
        return n == null
                ? "-"
                : n instanceof Integer ? n.toString() : String.format(Locale.ROOT, "%.1f", n.doubleValue());
    }

    /** Markdown: an overall table (one row per report) and a per-category mIoU@10 table (one column each). */
    public static String markdown(List<JsonNode> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("| method | protocol | α | OR | SS | OF | mIoU@1 | @5 | @10 | @15 | NoC@80 | NoC@85 | NoC@90 "
                + "| per-part NoC@85 | click ms p50 / p95 |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode r : reports) {
            JsonNode s = r.get("summary");
            sb.append("| ")
                    .append(r.get("method").asText())
                    .append(" | ")
                    .append(protocol(r))
                    .append(" | ")
                    .append(
                            usesAlpha(r.get("method").asText())
                                    ? fmt2(r.get("alpha").asDouble())
                                    : "–")
                    .append(" | ")
                    .append(r.get("outlierRemoval").asBoolean() ? "on" : "off")
                    .append(" | ")
                    .append(r.get("smoothing").asBoolean() ? "on" : "off")
                    .append(" | ")
                    .append(finetuneOn(r) ? "on" : "off");
            for (int k : AT) {
                sb.append(" | ").append(jsonAt(s.get("miouAt"), k));
            }
            sb.append(" | ")
                    .append(jsonNoc(s.get("nocCategory80")))
                    .append(" | ")
                    .append(jsonNoc(s.get("nocCategory85")))
                    .append(" | ")
                    .append(jsonNoc(s.get("nocCategory90")))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", s.get("noc85").asDouble()))
                    .append(" | ")
                    .append(String.format(
                            Locale.ROOT,
                            "%.3f / %.3f",
                            r.get("timing").get("clickMsP50").asDouble(),
                            r.get("timing").get("clickMsP95").asDouble()))
                    .append(" |\n");
        }
        Set<String> cats = new LinkedHashSet<>();
        reports.forEach(r -> r.get("categories").fieldNames().forEachRemaining(cats::add));
        sb.append("\nPer category, mIoU@10 (NoC@85 by category mIoU, - if never reached within the budget):\n\n");
        List<String> heads = new ArrayList<>();
        for (JsonNode r : reports) {
            heads.add(r.get("method").asText() + (finetuneOn(r) ? " + OF" : "") + " / " + protocol(r));
        }
        sb.append("| category | ").append(String.join(" | ", heads)).append(" |\n");
        sb.append("|---|").append("---|".repeat(heads.size())).append('\n');
        for (String c : cats) {
            sb.append("| ").append(c);
            for (JsonNode r : reports) {
                JsonNode cat = r.get("categories").get(c);
                sb.append(" | ")
                        .append(
                                cat == null
                                        ? ""
                                        : jsonAt(cat.get("miouAt"), 10) + " (" + jsonNoc(cat.get("nocCategory85"))
                                                + ")");
            }
            sb.append(" |\n");
        }
        JsonNode first = reports.get(0);
        sb.append(String.format(
                Locale.ROOT,
                "%n%d shapes, %d parts (%d skipped), %d points, %d clicks; machine: %s.%n",
                first.get("summary").get("shapes").asInt(),
                first.get("summary").get("parts").asInt(),
                first.get("summary").get("skippedParts").asInt(),
                first.get("points").asInt(),
                first.get("clicks").asInt(),
                first.get("timing").get("machine").asText()));
        return sb.toString();
    }

    /** Whether online fine-tuning ran (reports before fine-tuning have no {@code finetune} block: off). */
    public static boolean finetuneOn(JsonNode r) {
        return r.has("finetune") && r.get("finetune").path("on").asBoolean(false);
    }

    /** The protocol, marked when the IoU was measured by area (reports before --iou are by points). */
    public static String protocol(JsonNode r) {
        String p = r.get("protocol").asText();
        return r.has("iou") && "area".equals(r.get("iou").asText()) ? p + " (area IoU)" : p;
    }

    /** The heatmap baseline spreads heat by σ instead of selecting embedding balls of radius α. */
    private static boolean usesAlpha(String method) {
        return !"heatmap".equals(method);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String jsonAt(JsonNode curve, int k) {
        return k <= curve.size()
                ? String.format(Locale.ROOT, "%.1f", curve.get(k - 1).asDouble())
                : "";
    }

    public static String jsonNoc(JsonNode n) {
        if (n == null || n.isNull()) {
            return "-";
        }
        return n.isInt() ? n.asText() : String.format(Locale.ROOT, "%.1f", n.asDouble());
    }
}
