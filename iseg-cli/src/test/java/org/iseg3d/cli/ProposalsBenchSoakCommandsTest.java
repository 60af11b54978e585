package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propose}, {@code eval --proposals}, {@code bench} and {@code soak} end to end on the committed fixtures. */
class ProposalsBenchSoakCommandsTest {

    @TempDir
    Path dir;

    @Test
    void proposeListsProposalsAndTheirMatchWithTheChairParts() throws Exception {
        Path json = dir.resolve("p.json");
        CliRun r = CliRun.of(
                "propose",
                "--method",
                "fpfh",
                "--json",
                json.toString(),
                Fixtures.fixture("chair").toString(),
                Fixtures.fixture("mug").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("chair.glb:") && r.out().contains("mug.glb:"), r.out());
        assertTrue(r.out().contains("mean best IoU over 8 parts"), r.out());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        JsonNode chair = n.get("models").get(0);
        assertEquals("fpfh", chair.get("method").asText());
        assertEquals(6, chair.get("parts").size(), "seat, back, 4 legs");
        int total = 0;
        for (JsonNode p : chair.get("proposals")) {
            total += p.get("points").asInt();
            assertEquals(3, p.get("representative").size());
        }
        assertTrue(total <= 4096 && total > 4000, "proposals cover the chair: " + total);
        double sum = 0;
        for (JsonNode part : chair.get("parts")) {
            double iou = part.get("iou").asDouble();
            sum += iou;
            for (JsonNode p : chair.get("proposals")) { // a part's best IoU is at least that of its best matches
                if (part.get("name").asText().equals(p.get("bestPart").asText())) {
                    assertTrue(p.get("iou").asDouble() <= iou, part + " vs proposal " + p);
                }
            }
        }
        assertEquals(sum / 6, chair.get("meanBestIou").asDouble(), 0.1, "mean of the parts' best IoU"); // 0.1 rounding
    }

    @Test
    void proposeAndEvalProposalsRejectHeatmapWithAClearMessage() {
        CliRun r = CliRun.of(
                "propose", "--method", "heatmap", Fixtures.fixture("chair").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("heatmap has no embedding"), r.err());
        r = CliRun.of(
                "eval",
                "--proposals",
                "--method",
                "heatmap",
                Fixtures.fixture("chair").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("heatmap has no embedding"), r.err());
    }

    @Test
    void evalProposalsComparesWithAndWithoutOnTheSameShapes() throws Exception {
        Path bench = dir.resolve("bench");
        for (String c : new String[] {"chair", "mug", "table"}) {
            Path f = bench.resolve(c).resolve(c + ".glb");
            Files.createDirectories(f.getParent());
            Files.copy(Fixtures.fixture(c), f);
        }
        Path json = dir.resolve("e.json");
        CliRun r = CliRun.of(
                "eval", "--proposals", "--method", "xyz", "--clicks", "5", "--json", json.toString(), bench.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().contains("from nothing")
                        && r.out().contains("with proposals")
                        && r.out().contains("clicks saved per part"),
                r.out());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals("center+proposals", n.get("protocol").asText());
        assertEquals(3, n.get("shapes").size());
        assertEquals(5, n.get("summary").get("miouAt").size());
    }

    @Test
    void benchWritesEveryItemWithPercentiles() throws Exception {
        Path json = dir.resolve("b.json");
        CliRun r = CliRun.of(
                "bench",
                "--method",
                "xyz",
                "--sizes",
                "4096,8192",
                "--clicks",
                "50",
                "--runs",
                "5",
                "--transfer-runs",
                "1",
                "--large",
                Fixtures.fixture("table").toString(),
                "--json",
                json.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals("xyz", n.get("method").asText());
        assertTrue(n.get("machine").asText().contains("cores"));
        Set<String> names = new HashSet<>();
        for (JsonNode i : n.get("items")) {
            names.add(i.get("name").asText() + "@" + i.get("points").asInt());
            assertTrue(i.get("p50Ms").asDouble() <= i.get("p95Ms").asDouble(), i.toString());
            assertTrue(i.get("samples").asInt() >= 1);
        }
        for (String want :
                new String[] {"embed@4096", "proposals@4096", "click_mask@4096", "click_mask@8192", "knn_table@8192"}) {
            assertTrue(names.contains(want), want + " in " + names);
        }
        assertTrue(names.stream().anyMatch(s -> s.startsWith("transfer_prepare@")), names.toString());
        assertTrue(names.stream().anyMatch(s -> s.startsWith("transfer_mask@")), names.toString());
        assertEquals(
                "finetune_step",
                n.get("unavailable").get(0).get("name").asText(),
                "xyz cannot be fine-tuned, and says so");
    }

    /** The CI version of the 10,000-action soak: 500 actions on three fixtures. */
    @Test
    void soakOf500RandomActionsPassesWithoutFailures() throws Exception {
        Path json = dir.resolve("s.json");
        CliRun r = CliRun.of(
                "soak",
                "--method",
                "xyz",
                "--points",
                "1024",
                "--warmup",
                "300",
                "--actions",
                "500",
                "--history",
                "20",
                "--max-growth",
                "20",
                "--json",
                json.toString(),
                Fixtures.fixture("chair").toString(),
                Fixtures.fixture("laptop").toString(),
                Fixtures.fixture("faucet").toString());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals(0, n.get("failures").asInt(), n.get("failureMessages").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(n.get("passed").asBoolean());
        int total = 0;
        for (JsonNode c : n.get("counts")) {
            total += c.asInt();
        }
        assertEquals(800, total);
        assertTrue(n.get("counts").get("undo").asInt() > 0
                && n.get("counts").get("scribble").asInt() > 0);
        assertFalse(n.get("heapEvery1000Mb").isEmpty());
    }
}
