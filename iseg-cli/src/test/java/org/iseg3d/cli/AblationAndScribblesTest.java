package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval --scribbles, the fine-tuning options' errors, and report --ablation, on the committed fixtures. */
class AblationAndScribblesTest {

    @TempDir
    static Path dir;

    static Path bench;

    @BeforeAll
    static void copyFixtures() throws Exception {
        bench = CliRun.fixtureBenchmark(dir.resolve("bench"));
    }

    @Test
    void scribblesChangeTheSimulatedUserAndAreRecorded() throws Exception {
        Path plain = dir.resolve("plain.json"), scribbled = dir.resolve("scribbles.json");
        assertEquals(
                0,
                CliRun.of("eval", "--method", "xyz", "--clicks", "6", "--json", plain.toString(), bench.toString())
                        .code());
        CliRun r = CliRun.of(
                "eval",
                "--method",
                "xyz",
                "--clicks",
                "6",
                "--scribbles",
                "--json",
                scribbled.toString(),
                bench.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("online fine-tuning: off; simulated user scribbles"), r.out());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(plain.toFile()), b = m.readTree(scribbled.toFile());
        assertFalse(a.get("scribbles").asBoolean());
        assertTrue(b.get("scribbles").asBoolean());
        assertFalse(b.get("finetune").get("on").asBoolean(), "xyz cannot fine-tune");
        // the first click of every part is positive (nothing to scribble on), so @1 agrees; later ones differ
        assertEquals(
                a.get("summary").get("miouAt").get(0).asDouble(),
                b.get("summary").get("miouAt").get(0).asDouble());
        assertNotEquals(a.get("shapes").toString(), b.get("shapes").toString());
    }

    @Test
    void badFineTuningOptionsSayWhichOption() {
        CliRun r = CliRun.of(
                "eval",
                "--method",
                "xyz",
                "--finetune-steps",
                "0",
                bench.resolve("mug").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--finetune-steps") && r.err().contains("unless --finetune"), r.err());
        r = CliRun.of(
                "eval",
                "--method",
                "xyz",
                "--finetune-lr",
                "-1",
                bench.resolve("mug").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--finetune-lr must be a positive number"), r.err());
    }

    @Test
    void ablationTableHasOneRowPerSettingInTable3Order() throws Exception {
        List<String> jsons = new ArrayList<>();
        String[][] settings = {
            {"--no-outlier-removal"}, {}, {"--no-smoothing"}, {"--no-outlier-removal", "--no-smoothing"}
        }; // OR+SS, SS only... given out of order on purpose
        for (int i = 0; i < settings.length; i++) {
            Path json = dir.resolve("abl-" + i + ".json");
            List<String> args = new ArrayList<>(
                    List.of("eval", "--method", "xyz", "--clicks", "10", "--no-finetune", "--json", json.toString()));
            args.addAll(List.of(settings[i]));
            args.add(bench.resolve("mug").toString());
            assertEquals(0, CliRun.of(args.toArray(String[]::new)).code());
            jsons.add(json.toString());
        }
        List<String> args = new ArrayList<>(List.of("report", "--ablation"));
        args.addAll(jsons);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String text = r.out();
        List<String> rows = text.lines()
                .filter(l -> l.startsWith("|  |") || l.startsWith("| ✓ |"))
                .toList();
        assertEquals(4, rows.size(), text);
        assertTrue(rows.get(0).startsWith("|  |  |  |"), rows.get(0)); // none
        assertTrue(rows.get(1).startsWith("|  | ✓ |  |"), rows.get(1)); // OR
        assertTrue(rows.get(2).startsWith("|  |  | ✓ |"), rows.get(2)); // SS
        assertTrue(rows.get(3).startsWith("|  | ✓ | ✓ |"), rows.get(3)); // OR+SS
        assertTrue(rows.get(0).endsWith("| +0.0 |"), rows.get(0));
        assertTrue(text.contains("method xyz, protocol center"), text);
    }
}
