package org.iseg3d.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iseg3d} command line, the one root of every command (benchmark, batch work, training; the editor is
 * started by the launcher script). One small class per subcommand; shared options are mixins ({@link SeedOption},
 * {@link PointsOption}, {@link MethodOptions}, {@link AlphaOption}, {@link ClickOptions}, {@link FinetuneOptions},
 * {@link JsonOption}); every subcommand takes {@code --help}. Exit codes: 0 success, 1 some inputs failed (the rest
 * was processed), 2 usage error.
 */
@Command(
        name = "iseg3d",
        mixinStandardHelpOptions = true,
        version = "iseg3d 0.1.0",
        description = "Interactive 3D part segmentation (iSeg3D) for jMonkeyEngine scenes.",
        subcommands = {
            EvalCommand.class,
            ScenesCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            SegmentCommand.class,
            ClicksCommand.class,
            PartsCommand.class,
            BenchLargeCommand.class,
            ProposeCommand.class,
            BenchCommand.class,
            SoakCommand.class,
            ResultsCommand.class,
            TrainCommand.class,
            CorpusCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Iseg3dCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("iseg3d: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            org.apache.logging.log4j.LogManager.getLogger(Iseg3dCli.class).debug("failure", ex);
            return 1;
        });
        return cl.execute(args);
    }

    /** The root command line with every subcommand registered. */
    public static CommandLine commandLine() {
        return new CommandLine(new Iseg3dCli());
    }
}
