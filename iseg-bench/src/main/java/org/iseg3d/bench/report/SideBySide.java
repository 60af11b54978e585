package org.iseg3d.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generated benchmark (test-scenes) and the real furniture split side by side: one row per method variant, the
 * mIoU at 1/5/10 clicks and the per-part NoC@85 of each, read from the eval JSON named by {@link #ROWS} (a missing
 * file is a blank cell). Stateless.
 */
final class SideBySide {

    /** A row: its label, the test-scenes report's file name and the real split's (null: not run). */
    record Row(String label, String generated, String real) {}

    static final List<Row> ROWS = List.of(
            new Row("learned, facets (default)", "learned-center-facets.json", "real-learned.json"),
            new Row(
                    "learned, `--no-facets` (the paper's point method)",
                    "learned-center.json",
                    "real-learned-no-facets.json"),
            new Row("learned, `--no-facets`, greedy", "learned-greedy.json", "real-learned-no-facets-greedy.json"),
            new Row("learned, facets, greedy", null, "real-learned-greedy.json"),
            new Row("xyz, facets", null, "real-xyz-facets.json"),
            new Row("xyz (points)", "xyz-center.json", "real-xyz.json"),
            new Row("fpfh, facets", null, "real-fpfh-facets.json"),
            new Row("fpfh (points)", "fpfh-center.json", "real-fpfh.json"),
            new Row("`linked` (select linked)", null, "real-linked.json"),
            new Row("`facets` (one facet per click)", null, "real-facets.json"));

    private SideBySide() {}

    /** The Markdown table, or "" when no real-split report is present. */
    static String markdown(Map<String, JsonNode> all) {
        if (ROWS.stream().noneMatch(r -> r.real() != null && ResultsPage.isEvalReport(all.get(r.real())))) {
            return "";
        }
        StringBuilder sb = new StringBuilder(
                "| method, center protocol unless noted | test-scenes @1 | @5 | @10 | "
                        + "per-part NoC@85 | real split @1 | @5 | @10 | per-part NoC@85 |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            sb.append("| ").append(r.label());
            cells(sb, r.generated() == null ? null : all.get(r.generated()));
            cells(sb, r.real() == null ? null : all.get(r.real()));
            sb.append(" |\n");
        }
        return sb.toString();
    }

    private static void cells(StringBuilder sb, JsonNode report) {
        if (!ResultsPage.isEvalReport(report)) {
            sb.append(" | | | | ");
            return;
        }
        JsonNode s = report.get("summary");
        JsonNode curve = s.get("miouAt");
        for (int k : new int[] {1, 5, 10}) {
            sb.append(" | ").append(ReportTables.jsonAt(curve, k));
        }
        sb.append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", s.get("noc85").asDouble()));
    }
}
