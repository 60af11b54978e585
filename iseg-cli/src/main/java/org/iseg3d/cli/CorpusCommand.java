package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iseg3d.corpus.CorpusBuilder;
import org.iseg3d.corpus.CorpusReport;
import org.iseg3d.corpus.LibraryLocator;
import org.iseg3d.corpus.PartRules;
import org.iseg3d.corpus.SplitRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code iseg3d corpus}: builds the real-object benchmark from Debian's sweethome3d-furniture package
 * ({@link CorpusBuilder}, module iseg-corpus): OUT/{train,eval}/&lt;category&gt;/&lt;name&gt;.glb, a manifest and
 * CREDITS.md.
 */
@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Build the real-object benchmark from Debian's sweethome3d-furniture package: "
                + "OUT/{train,eval}/<category>/<name>.glb (one node per part), OUT/manifest.json, OUT/CREDITS.md.")
final class CorpusCommand implements Callable<Integer> {

    @Option(
            names = "--from",
            paramLabel = "DEB_OR_DIR",
            description = "The package's .deb, a folder with .sh3f "
                    + "libraries (or unpacked ones), or one .sh3f (default: apt-get download " + LibraryLocator.PACKAGE
                    + " into OUT/download).")
    Path from;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder; its train/ and eval/ are replaced "
                    + "(default: corpus/ at the repository root, git-ignored).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path dir = out != null ? out : defaultOut();
        Path input = from != null ? from : LibraryLocator.download(dir.resolve("download"));
        CorpusReport report = CorpusBuilder.build(input, dir, PartRules.DEFAULT, SplitRule.DEFAULT);
        System.out.print(report.toText());
        System.out.println("written to " + dir.toAbsolutePath().normalize() + " (eval split: "
                + dir.resolve(SplitRule.EVAL) + ")");
        return 0;
    }

    /** corpus/ under the repository root the launcher names ({@code iseg3d.root}), else the working directory. */
    static Path defaultOut() {
        String root = System.getProperty("iseg3d.root");
        return root != null ? Path.of(root).resolve(CorpusBuilder.DEFAULT_OUT) : CorpusBuilder.DEFAULT_OUT;
    }
}
