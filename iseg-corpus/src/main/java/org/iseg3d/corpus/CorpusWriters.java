package org.iseg3d.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes {@code manifest.json} and {@code CREDITS.md} of a corpus. */
final class CorpusWriters {

    static final String MANIFEST = "manifest.json";
    static final String CREDITS = "CREDITS.md";

    private CorpusWriters() {}

    static void manifest(Path out, CorpusReport report, PartRules rules, SplitRule split, String source)
            throws IOException {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"source\": ").append(Json.quote(source)).append(",\n");
        b.append("  \"rules\": {\"areaFloor\": ")
                .append(rules.areaFloor())
                .append(", \"maxParts\": ")
                .append(rules.maxParts())
                .append(", \"minParts\": ")
                .append(rules.minParts())
                .append("},\n");
        b.append("  \"split\": {\"seed\": ")
                .append(split.seed())
                .append(", \"evalFraction\": ")
                .append(split.evalFraction())
                .append("},\n");
        b.append("  \"skipped\": {");
        b.append(report.skipped().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Json.quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ")));
        b.append("},\n  \"droppedSmallParts\": ")
                .append(report.droppedSmallParts())
                .append(",\n");
        b.append("  \"objects\": [\n");
        List<CorpusObject> objects = sorted(report);
        for (int i = 0; i < objects.size(); i++) {
            CorpusObject o = objects.get(i);
            b.append("    {\"id\": ")
                    .append(Json.quote(o.id()))
                    .append(", \"name\": ")
                    .append(Json.quote(o.name()))
                    .append(", \"file\": ")
                    .append(Json.quote(o.file()))
                    .append(", \"split\": ")
                    .append(Json.quote(o.split()))
                    .append(", \"category\": ")
                    .append(Json.quote(o.category()))
                    .append(", \"library\": ")
                    .append(Json.quote(o.library()))
                    .append(", \"licence\": ")
                    .append(Json.quote(o.licence().id()))
                    .append(", \"credit\": ")
                    .append(Json.quote(o.credit()))
                    .append(", \"source\": ")
                    .append(Json.quote(o.source()))
                    .append(", \"groups\": ")
                    .append(o.groups())
                    .append(", \"mergedByMaterial\": ")
                    .append(o.mergedByMaterial())
                    .append(", \"droppedSmall\": ")
                    .append(o.droppedSmall())
                    .append(", \"triangles\": ")
                    .append(o.triangles())
                    .append(", \"parts\": [")
                    .append(o.parts().stream().map(Json::quote).collect(Collectors.joining(", ")))
                    .append("]}")
                    .append(i + 1 < objects.size() ? ",\n" : "\n");
        }
        b.append("  ]\n}\n");
        Files.writeString(out.resolve(MANIFEST), b, StandardCharsets.UTF_8);
    }

    static void credits(Path out, CorpusReport report, String source) throws IOException {
        StringBuilder b = new StringBuilder("# Credits\n\n");
        b.append("Generated from ")
                .append(source)
                .append(". Every model below is licensed under Creative Commons ")
                .append("Attribution (CC-BY); the corpus converts it to .glb (re-scaled, re-grouped into parts, ")
                .append("small parts removed, materials and textures dropped) — the original work has been ")
                .append("modified. CC0 models are not listed (no attribution required) but are in manifest.json.\n\n");
        b.append("| model | creator | licence | library | source |\n|---|---|---|---|---|\n");
        for (CorpusObject o : sorted(report)) {
            if (!o.licence().attribution()) {
                continue;
            }
            String name = o.title().isBlank() ? o.name() : o.name() + " (\"" + o.title() + "\")";
            b.append("| ")
                    .append(cell(name))
                    .append(" | ")
                    .append(cell(o.credit()))
                    .append(" | [")
                    .append(o.licence().id())
                    .append("](")
                    .append(o.licence().url())
                    .append(") | ")
                    .append(cell(o.library()))
                    .append(" | ")
                    .append(cell(o.source()))
                    .append(" |\n");
        }
        Files.writeString(out.resolve(CREDITS), b, StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static List<CorpusObject> sorted(CorpusReport report) {
        return report.objects().stream()
                .sorted(Comparator.comparing(CorpusObject::id))
                .toList();
    }
}
