package org.iseg3d.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The paper's Table 3 on our benchmark: one row per eval report, marked by which refinements ran (OF online
 * fine-tuning, OR Outlier Removal, SS Segment Smoothing), ordered none, OR, SS, OR+SS, OF+..., with mIoU@10, category
 * NoC@80/85 (the paper's definition; "-" if a category never reaches it) and per-part NoC@80/85.
 */
public final class AblationTable {

    private AblationTable() {}

    public static String markdown(List<JsonNode> reports) {
        List<JsonNode> rows = new ArrayList<>(reports);
        rows.sort(Comparator.comparingInt(AblationTable::rank));
        StringBuilder sb = new StringBuilder();
        sb.append("| OF | OR | SS | mIoU@5 | mIoU@10 | mIoU@15 | NoC@80 | NoC@85 | per-part NoC@80 | per-part NoC@85 "
                + "| Δ mIoU@10 |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        double base = Double.NaN;
        for (JsonNode r : rows) {
            JsonNode s = r.get("summary");
            double at10 = s.get("miouAt").get(9).asDouble();
            if (Double.isNaN(base)) {
                base = at10;
            }
            sb.append("| ")
                    .append(mark(ReportTables.finetuneOn(r)))
                    .append(" | ")
                    .append(mark(r.get("outlierRemoval").asBoolean()))
                    .append(" | ")
                    .append(mark(r.get("smoothing").asBoolean()))
                    .append(" | ")
                    .append(ReportTables.jsonAt(s.get("miouAt"), 5))
                    .append(" | **")
                    .append(ReportTables.jsonAt(s.get("miouAt"), 10))
                    .append("** | ")
                    .append(ReportTables.jsonAt(s.get("miouAt"), 15))
                    .append(" | ")
                    .append(ReportTables.jsonNoc(s.get("nocCategory80")))
                    .append(" | ")
                    .append(ReportTables.jsonNoc(s.get("nocCategory85")))
                    .append(" | ")
                    .append(String.format(
                            Locale.ROOT,
                            "%.2f | %.2f | %+.1f |%n",
                            s.get("noc80").asDouble(),
                            s.get("noc85").asDouble(),
                            at10 - base));
        }
        JsonNode first = rows.get(0);
        sb.append(String.format(
                Locale.ROOT,
                "%nmethod %s, protocol %s, α %.2f, %d points, %d clicks, %d shapes / %d "
                        + "parts; %s. One run each; Δ against the first row.%n",
                methods(rows),
                ReportTables.protocol(first),
                first.get("alpha").asDouble(),
                first.get("points").asInt(),
                first.get("clicks").asInt(),
                first.get("summary").get("shapes").asInt(),
                first.get("summary").get("parts").asInt(),
                finetuneNote(rows)));
        return sb.toString();
    }

    /** none, OR, SS, OR+SS, then the same with OF. */
    private static int rank(JsonNode r) {
        boolean or = r.get("outlierRemoval").asBoolean();
        boolean ss = r.get("smoothing").asBoolean();
        return (ReportTables.finetuneOn(r) ? 4 : 0) + (or && ss ? 3 : ss ? 2 : or ? 1 : 0);
    }

    private static String mark(boolean on) {
        return on ? "✓" : "";
    }

    private static String methods(List<JsonNode> rows) {
        return String.join(
                "/", rows.stream().map(r -> r.get("method").asText()).distinct().toList());
    }

    private static String finetuneNote(List<JsonNode> rows) {
        for (JsonNode r : rows) {
            if (ReportTables.finetuneOn(r)) {
                JsonNode f = r.get("finetune");
                return String.format(
                        Locale.ROOT,
                        "OF = %d steps at lr %s per negative click, %d rounds, round p50 "
                                + "%.0f ms, %d rollbacks, wall %.0f s (vs %.0f s without)",
                        f.get("steps").asInt(),
                        f.get("learningRate").asText(),
                        f.get("rounds").asInt(),
                        f.get("roundMsP50").asDouble(),
                        f.get("rollbacks").asInt(),
                        r.get("timing").get("wallSeconds").asDouble(),
                        rows.get(0).get("timing").get("wallSeconds").asDouble());
            }
        }
        return "no row with OF";
    }
}
