package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every subcommand registered on the root (discovered, so a new command cannot forget it) prints its usage and exits
 * 0 on {@code --help}, and {@code iseg3d help} lists them all.
 */
class HelpTest {

    @Test
    void everySubcommandAnswersHelpWithUsageAndExitCode0() {
        Map<String, CommandLine> subs = Iseg3dCli.commandLine().getSubcommands();
        assertTrue(subs.size() >= 14, subs.keySet().toString());
        for (String name : subs.keySet()) {
            CliRun r = CliRun.of(name, "--help");
            assertEquals(0, r.code(), name + " --help: " + r.err());
            assertTrue(r.out().contains("Usage: iseg3d " + name + " "), name + " --help printed: " + r.out());
            if (!"help".equals(name)) {
                assertTrue(subs.get(name).getCommandSpec().mixinStandardHelpOptions(), name);
                assertTrue(r.out().contains("-V, --version"), name + ": " + r.out());
            }
        }
    }

    @Test
    void helpListsEveryCommandIncludingTrain() {
        CliRun r = CliRun.of("help");
        assertEquals(0, r.code(), r.err());
        for (String name : Iseg3dCli.commandLine().getSubcommands().keySet()) {
            assertTrue(r.out().contains("\n  " + name + " "), name + " missing from: " + r.out());
        }
        assertTrue(r.out().contains("  train "), r.out());
        assertEquals(0, CliRun.of("--help").code());
    }

    @Test
    void sharedOptionsAreDeclaredOnceAndAlphaDefaultsToTheClickParamsDefault() {
        CommandLine eval = Iseg3dCli.commandLine().getSubcommands().get("eval");
        assertEquals(
                String.valueOf(org.iseg3d.core.click.ClickParams.DEFAULT_ALPHA),
                eval.getCommandSpec().findOption("--alpha").defaultValue());
        for (String name : new String[] {"eval", "bench", "soak", "propose", "clicks", "segment", "scenes", "train"}) {
            assertNotNull(
                    Iseg3dCli.commandLine()
                            .getSubcommands()
                            .get(name)
                            .getCommandSpec()
                            .findOption("--seed"),
                    name);
        }
    }
}
