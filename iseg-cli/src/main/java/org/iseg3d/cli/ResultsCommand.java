package org.iseg3d.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.iseg3d.bench.report.ResultsPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code iseg3d results}: renders every results table of a results folder's JSON into {@code RESULTS.md} and the
 * curves into {@code curves.png} ({@link ResultsPage}); both written atomically.
 */
@Command(
        name = "results",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Render all result tables (methods x protocols, per category, ablation, other runs, provenance)"
                + " from the JSON of a results folder into RESULTS.md, and the curves into curves.png.")
final class ResultsCommand implements Callable<Integer> {

    @Option(
            names = "--dir",
            defaultValue = "results",
            paramLabel = "DIR",
            description = "Folder of the JSON results (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown to write (default: DIR/RESULTS.md).")
    Path out;

    @Option(names = "--plot", paramLabel = "PNG", description = "Curves plot to write (default: DIR/curves.png).")
    Path plot;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder");
        }
        Path md = out != null ? out : dir.resolve("RESULTS.md");
        Path png = plot != null ? plot : dir.resolve("curves.png");
        String page = ResultsPage.render(dir, png);
        Path abs = md.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("wrote " + md + " and " + png);
        return 0;
    }
}
