package org.iseg3d.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iseg3d.bench.report.AblationTable;
import org.iseg3d.bench.report.CurvesPlot;
import org.iseg3d.bench.report.ReportTables;
import org.iseg3d.bench.report.ResultsPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d report}: renders chosen eval JSON reports as Markdown tables on standard output ({@link ReportTables},
 * or with {@code --ablation} the refinement ablation, {@link AblationTable}), optionally with the curves plot. The
 * whole results page is {@code iseg3d results}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Print eval JSON reports as Markdown tables (the whole results page: iseg3d results).")
final class ReportCommand implements Callable<Integer> {

    @Option(
            names = "--ablation",
            description = "Render the reports as the ablation table (OF/OR/SS rows, paper " + "Table 3).")
    boolean ablation;

    @Option(
            names = "--plot",
            paramLabel = "PNG",
            description = "Also draw mIoU against clicks for every report into " + "this PNG.")
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
                if (!ResultsPage.isEvalReport(n)) {
                    throw new IllegalArgumentException(p + ": not an iseg3d eval report (no summary/categories)");
                }
                reports.add(n);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(p + ": not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        if (plot != null) {
            CurvesPlot.write(reports, plot);
            System.out.println("plot: " + plot);
        }
        System.out.print(ablation ? AblationTable.markdown(reports) : ReportTables.markdown(reports));
        return 0;
    }
}
