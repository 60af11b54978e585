package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iseg3d.scenes.BenchmarkGenerator;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command end to end on the committed benchmark fixtures (one shape per category). */
class EvalCommandTest {

    @TempDir
    static Path dir;

    static Path bench;

    @BeforeAll
    static void copyFixtures() throws Exception {
        bench = CliRun.fixtureBenchmark(dir.resolve("bench"));
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void evalWritesTheJsonContractAndATable() throws Exception {
        Path json = dir.resolve("xyz.json");
        CliRun r = run("eval", "--method", "xyz", "--clicks", "6", "--json", json.toString(), bench.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mean"), r.out());
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals("xyz", n.get("method").asText());
        assertEquals("center", n.get("protocol").asText());
        assertEquals(4096, n.get("points").asInt());
        assertEquals(8, n.get("shapes").size());
        assertEquals(8, n.get("categories").size());
        JsonNode part = n.get("shapes").get(0).get("parts").get(0);
        assertEquals(6, part.get("iou").size());
        assertTrue(part.get("points").asInt() >= 20);
        JsonNode s = n.get("summary");
        for (String f : List.of(
                "miouAt",
                "nocCategory80",
                "nocCategory85",
                "nocCategory90",
                "noc80",
                "noc85",
                "noc90",
                "shapes",
                "parts",
                "skippedParts")) {
            assertTrue(s.has(f), "summary." + f);
        }
        assertEquals(8, s.get("shapes").asInt());
        // mIoU@k is the mean over categories of their parts' mean IoU, and more clicks help here: @6 above @1
        assertMacroMean(n);
        double at1 = s.get("miouAt").get(0).asDouble(),
                at6 = s.get("miouAt").get(5).asDouble();
        assertTrue(at6 > at1, at1 + " -> " + at6);
        JsonNode t = n.get("timing");
        assertTrue(t.get("clickMsP50").asDouble() <= t.get("clickMsP95").asDouble(), t.toString());
        double wallMs = 1000 * t.get("wallSeconds").asDouble();
        for (String f : List.of("embedMsP50", "clickMsP95")) { // in ms, not ns: one step is shorter than the run
            assertTrue(t.get(f).asDouble() < wallMs, f + " " + t);
        }
        int parts = 0;
        for (JsonNode sh : n.get("shapes")) {
            parts += sh.get("parts").size();
        }
        assertEquals(s.get("parts").asInt(), parts);
    }

    @Test
    void sameSeedSameNumbersAndGreedyIsAnOracle() throws Exception {
        Path a = dir.resolve("a.json"), b = dir.resolve("b.json"), g = dir.resolve("g.json");
        Path chairs = bench.resolve("chair");
        assertEquals(
                0,
                run("eval", "--method", "fpfh", "--clicks", "5", "--json", a.toString(), chairs.toString())
                        .code());
        assertEquals(
                0,
                run("eval", "--method", "fpfh", "--clicks", "5", "--json", b.toString(), chairs.toString())
                        .code());
        assertEquals(
                0,
                run(
                                "eval",
                                "--method",
                                "fpfh",
                                "--clicks",
                                "5",
                                "--protocol",
                                "greedy",
                                "--json",
                                g.toString(),
                                chairs.toString())
                        .code());
        ObjectMapper m = new ObjectMapper();
        assertEquals(
                m.readTree(a.toFile()).get("shapes"), m.readTree(b.toFile()).get("shapes"));
        double center5 =
                m.readTree(a.toFile()).get("summary").get("miouAt").get(4).asDouble();
        double greedy5 =
                m.readTree(g.toFile()).get("summary").get("miouAt").get(4).asDouble();
        assertTrue(greedy5 >= center5 - 1, "greedy " + greedy5 + " vs center " + center5);
    }

    @Test
    void iouByAreaIsRecordedAndDiffersFromPointsOnLargeTriangles() throws Exception {
        Path shapes = Files.createDirectories(dir.resolve("area/slabs"));
        SlabAndTiles.write(shapes);
        Path pts = dir.resolve("points.json"), area = dir.resolve("area.json");
        assertEquals(
                0,
                run("eval", "--method", "xyz", "--clicks", "3", "--json", pts.toString(), shapes.toString())
                        .code());
        CliRun r = run(
                "eval",
                "--method",
                "xyz",
                "--clicks",
                "3",
                "--iou",
                "area",
                "--json",
                area.toString(),
                shapes.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("IoU by area"), r.out());
        ObjectMapper m = new ObjectMapper();
        JsonNode p = m.readTree(pts.toFile()), a = m.readTree(area.toFile());
        assertEquals("points", p.get("iou").asText());
        assertEquals("area", a.get("iou").asText());
        assertMacroMean(a); // the summary is made of the area IoU of the parts
        assertNotEquals(
                p.get("shapes").get(0).get("parts"),
                a.get("shapes").get(0).get("parts"),
                "same clicks, different measure");
        assertTrue(run("eval", "--iou", "volume", shapes.toString()).err().contains("unknown --iou 'volume'"));
    }

    @Test
    void brokenFileIsReportedAndTheRestStillEvaluated() throws Exception {
        Path mixed = dir.resolve("mixed/mug");
        Files.createDirectories(mixed);
        try (var in = Fixtures.open("mug")) {
            Files.copy(in, mixed.resolve("good.glb"));
        }
        Files.write(mixed.resolve("broken.glb"), new byte[] {1, 2, 3, 4, 5});
        CliRun r = run("eval", "--method", "heatmap", "--clicks", "3", mixed.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("mug"), r.out());
        assertTrue(r.err().contains("broken.glb"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void clearErrorsForBadArguments() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun r = run("eval", empty.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("no model files"), r.err());

        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        r = run("eval", txt.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("unknown model format"), r.err());

        // a learned model that cannot be loaded: one warning line, then FPFH
        Path noModel = Files.createDirectories(dir.resolve("no-model"));
        r = run(
                "eval",
                "--method",
                "learned",
                "--model",
                noModel.toString(),
                "--clicks",
                "1",
                bench.resolve("mug").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("--method learned unavailable") && r.err().contains("using fpfh"), r.err());

        r = run("eval", "--method", "nope", bench.toString());
        assertTrue(r.err().contains("unknown --method"), r.err());
    }

    @Test
    void reportPrintsMarkdownAndResultsRendersTheWholePageWithProvenance() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path json = results.resolve("xyz-center.json");
        assertEquals(
                0,
                run(
                                "eval",
                                "--method",
                                "xyz",
                                "--clicks",
                                "10",
                                "--json",
                                json.toString(),
                                bench.resolve("mug").toString())
                        .code());
        JsonNode provenance = new ObjectMapper().readTree(json.toFile()).get("provenance");
        assertNotNull(provenance);
        assertFalse(provenance.get("commit").asText().isBlank());
        assertTrue(provenance.get("modelSha256").isNull(), "xyz has no model");
        assertTrue(provenance.get("machine").asText().contains("cores"), provenance.toString());

        Path png = dir.resolve("curves.png");
        CliRun r = run("report", "--plot", png.toString(), json.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(900, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        assertTrue(r.out().contains("| xyz | center |"), r.out());

        Files.writeString(
                results.resolve("old-run.json"),
                Files.readString(json).replaceFirst("\"provenance\" : \\{[^}]*}", "\"provenance\" : null"));
        r = run("results", "--dir", results.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(results.resolve("RESULTS.md"));
        assertTrue(page.contains("## Methods and protocols") && page.contains("| xyz | center |"), page);
        assertTrue(page.contains("![mIoU against clicks](curves.png)"), page);
        assertTrue(Files.size(results.resolve("curves.png")) > 0);
        assertTrue(page.contains("## old-run.json"), "another eval report gets its own table: " + page);
        assertTrue(page.contains("| old-run.json | provenance: not recorded"), page);
        assertTrue(
                page.contains("| xyz-center.json | `" + provenance.get("commit").asText() + "`"), page);
    }

    @Test
    void scenesCommandGeneratesDeterministically() throws Exception {
        Path a = dir.resolve("sa"), b = dir.resolve("sb");
        assertEquals(0, run("scenes", "--out", a.toString(), "--count", "1").code());
        assertEquals(0, run("scenes", "--out", b.toString(), "--count", "1").code());
        for (String c : BenchmarkGenerator.categories()) {
            Path fa = a.resolve(c).resolve(c + "_01.glb");
            assertTrue(Files.exists(fa), fa.toString());
            assertArrayEquals(
                    Files.readAllBytes(fa), Files.readAllBytes(b.resolve(c).resolve(c + "_01.glb")));
        }
    }

    /** summary.miouAt[k] = mean over categories of the mean IoU@k of their parts (from the per-part curves). */
    private static void assertMacroMean(JsonNode report) {
        java.util.Map<String, List<double[]>> byCategory = new java.util.TreeMap<>();
        for (JsonNode shape : report.get("shapes")) {
            for (JsonNode part : shape.get("parts")) {
                double[] curve = new double[part.get("iou").size()];
                for (int k = 0; k < curve.length; k++) {
                    curve[k] = part.get("iou").get(k).asDouble();
                }
                byCategory
                        .computeIfAbsent(shape.get("category").asText(), c -> new java.util.ArrayList<>())
                        .add(curve);
            }
        }
        JsonNode miou = report.get("summary").get("miouAt");
        for (int k = 0; k < miou.size(); k++) {
            double mean = 0;
            for (List<double[]> parts : byCategory.values()) {
                final int at = k;
                mean += parts.stream().mapToDouble(c -> c[at]).average().orElseThrow() / byCategory.size();
            }
            assertEquals(mean, miou.get(k).asDouble(), 0.02, "miouAt@" + (k + 1)); // both rounded to 0.01
        }
    }
}
