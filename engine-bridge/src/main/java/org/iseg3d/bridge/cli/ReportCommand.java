package org.iseg3d.bridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code iseg3d report}: renders eval JSON reports as Markdown tables, and with {@code --readme} replaces the
 * part of README.md between {@code <!-- results:begin -->} and {@code <!-- results:end -->} (atomically). With
 * {@code --ablation} the reports are the rows of the refinement ablation (Table 3, {@link AblationTable}) and the
 * section is {@code <!-- ablation:begin -->} ... {@code <!-- ablation:end -->}.
 */
@Command(name = "report", description = "Render eval JSON reports as Markdown (optionally into README.md).")
final class ReportCommand implements Callable<Integer> {

    static final String BEGIN = "<!-- results:begin -->";
    static final String END = "<!-- results:end -->";
    static final String ABLATION_BEGIN = "<!-- ablation:begin -->";
    static final String ABLATION_END = "<!-- ablation:end -->";

    @Option(names = "--ablation", description = "Render the reports as the ablation table (OF/OR/SS rows, paper "
            + "Table 3); with --readme, into its ablation section.")
    boolean ablation;

    @Option(names = "--readme", description = "Replace the results section of this Markdown file.")
    Path readme;

    @Option(names = "--plot", description = "Also draw mIoU against clicks for every report into this PNG.")
    Path plot;

    @Parameters(arity = "1..*", paramLabel = "JSON", description = "Reports written by 'iseg3d eval --json'.")
    List<Path> jsons;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> reports = new ArrayList<>();
        for (Path p : jsons) {
            try {
                JsonNode n = mapper.readTree(p.toFile());
                if (n == null || !n.has("summary") || !n.has("categories")) {
                    throw new IllegalArgumentException(p + ": not an iseg3d eval report (no summary/categories)");
                }
                reports.add(n);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(p + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        String md = ablation ? AblationTable.markdown(reports) : ReportTables.markdown(reports);
        String begin = ablation ? ABLATION_BEGIN : BEGIN;
        String end = ablation ? ABLATION_END : END;
        if (plot != null) {
            CurvesPlot.write(reports, plot);
            System.out.println("plot: " + plot);
        }
        if (readme == null) {
            System.out.print(md);
            return 0;
        }
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException(readme + ": no " + begin + " ... " + end + " section");
        }
        String updated = text.substring(0, b + begin.length()) + "\n" + md + text.substring(e);
        Path tmp = Files.createTempFile(readme.toAbsolutePath().getParent(), "README", ".tmp");
        try {
            Files.writeString(tmp, updated, StandardCharsets.UTF_8);
            Files.move(tmp, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("updated " + readme);
        return 0;
    }
}
