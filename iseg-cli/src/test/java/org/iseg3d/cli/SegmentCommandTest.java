package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jme3.scene.Spatial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iseg3d clicks}, {@code segment} and {@code parts} end to end on the generated chair. */
class SegmentCommandTest {

    @TempDir
    static Path dir;

    static Path chair;
    static Path script;
    static List<String> partNames;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The chair and a script the center simulator wrote for it. */
    @BeforeAll
    static void chairAndScript() throws Exception {
        chair = dir.resolve("chair.glb");
        try (var in = Fixtures.open("chair")) {
            Files.copy(in, chair);
        }
        script = dir.resolve("chair.clicks.json");
        CliRun r = run("clicks", chair.toString(), "--out", script.toString(), "--clicks-per-part", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + script), r.out());
        ClickScript s = ClickScript.read(script);
        partNames = s.parts().stream().map(ClickScript.PartScript::name).toList();
        assertTrue(partNames.containsAll(List.of("seat", "back")), partNames.toString());
        assertEquals("xyz", s.method());
        for (ClickScript.PartScript p : s.parts()) {
            assertTrue(p.clicks().size() >= 1 && p.clicks().size() <= 5, p.toString());
            assertTrue(p.clicks().get(0).positive(), "the first click of a part is positive: " + p.name());
        }
    }

    @Test
    void segmentWritesJ3oAndGlbWhosePartsReloadWithTheirNames() throws Exception {
        int original = SceneFlattener.flatten(new SceneLoader().load(chair)).triangleCount();
        Path j3o = dir.resolve("out/chair.j3o"), glb = dir.resolve("out/chair.glb");
        CliRun r = run(
                "segment",
                "--clicks",
                script.toString(),
                "--out",
                j3o.toString(),
                "--out",
                glb.toString(),
                chair.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
        for (String name : partNames) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(name + " ")), name + " in\n" + r.out());
        }
        for (Path out : List.of(j3o, glb)) {
            assertTrue(Files.exists(Path.of(out + ".labels.json")), out + ".labels.json");
            LoadedScene back = new SceneLoader().load(out);
            TriangleSoup soup = SceneFlattener.flatten(back);
            assertEquals(original, soup.triangleCount(), out + ": every triangle kept exactly once");
            Map<String, Integer> trianglesOfPart = new TreeMap<>();
            int unlabelled = 0;
            for (SourceGeometry g : soup.geometries()) {
                var label = PartUserData.of(g.geometry());
                if (label.isPresent()) {
                    trianglesOfPart.merge(label.get().name(), g.triangleCount(), Integer::sum);
                    assertEquals(
                            label.get().name(), g.geometry().getUserData(PartUserData.PART), out + ": " + g.path());
                } else {
                    unlabelled += g.triangleCount();
                }
            }
            assertEquals(new java.util.TreeSet<>(partNames), trianglesOfPart.keySet(), out.toString());
            assertEquals(
                    original,
                    unlabelled
                            + trianglesOfPart.values().stream().mapToInt(i -> i).sum());
            // one part Node per name, carrying the user data
            List<String> partNodes = new ArrayList<>();
            back.root().depthFirstTraversal(s -> {
                if (s instanceof com.jme3.scene.Node && s.getUserData(PartUserData.PART) != null) {
                    partNodes.add(s.getUserData(PartUserData.PART));
                }
            });
            assertTrue(partNodes.containsAll(partNames), out + ": part nodes " + partNodes);
            Spatial seat = ((com.jme3.scene.Node) back.root()).getChild("seat");
            assertNotNull(seat, out + ": a spatial named seat");
        }
        CliRun parts = run("parts", j3o.toString(), glb.toString());
        assertEquals(0, parts.code(), parts.err());
        assertTrue(parts.out().contains(partNames.size() + " labelled parts, " + original + " triangles"), parts.out());
        assertEquals(1, run("parts", chair.toString()).code(), "the input chair has no labelled parts");
    }

    @Test
    void offModelClicksAreSkippedWithAWarning() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(script.toFile());
        ArrayNode parts = (ArrayNode) root.get("parts");
        while (parts.size() > 1) {
            parts.remove(1);
        }
        ArrayNode clicks = (ArrayNode) parts.get(0).get("clicks");
        ObjectNode far = clicks.insertObject(1);
        far.putArray("p").add(100).add(100).add(100);
        far.put("positive", true);
        Path edited = Files.writeString(dir.resolve("far.json"), m.writeValueAsString(root));
        String name = parts.get(0).get("name").asText();
        CliRun r = run("segment", "--clicks", edited.toString(), chair.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("iseg3d: warning: part \"" + name + "\", click 2 at (100.0, 100.0, 100.0) is off "
                                + "the model"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        int used = clicks.size() - 1;
        assertTrue(r.out().lines().anyMatch(l -> l.strip().matches(name + " +" + used + " .*")), r.out());

        // every click of the only part off the model: nothing to segment
        ObjectNode lost = m.createObjectNode();
        lost.putArray("parts")
                .addObject()
                .put("name", "ghost")
                .putArray("clicks")
                .addObject()
                .put("positive", true)
                .putArray("p")
                .add(50)
                .add(0)
                .add(0);
        Path ghost = Files.writeString(dir.resolve("ghost.json"), m.writeValueAsString(lost));
        r = run("segment", "--clicks", ghost.toString(), chair.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("part \"ghost\", click 1 at (50.00, 0.000, 0.000) is off the model"), r.err());
        assertTrue(r.err().contains("iseg3d: ghost.json: no part could be segmented on chair.glb"), r.err());
    }

    @Test
    void badScriptsGiveOneLineNamingTheFileAndTheProblem() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{not json", "not valid JSON");
        cases.put("[1, 2]", "expected a JSON object");
        cases.put("{\"version\": 1}", "missing field \"parts\"");
        cases.put("{\"parts\": []}", "\"parts\" is empty");
        cases.put("{\"version\": 2, \"parts\": []}", "unsupported version 2");
        cases.put("{\"parts\": [{\"clicks\": []}]}", "parts[0]: missing field \"name\"");
        cases.put("{\"parts\": [{\"name\": \"seat\"}]}", "parts[0] (\"seat\"): missing field \"clicks\"");
        cases.put(
                "{\"parts\": [{\"name\": \"seat\", \"clicks\": [{\"positive\": true}]}]}",
                "parts[0] (\"seat\").clicks[0]: missing field \"p\"");
        cases.put(
                "{\"parts\": [{\"name\": \"seat\", \"clicks\": [{\"p\": [1, 2]}]}]}",
                "parts[0] (\"seat\").clicks[0].p must be [x, y, z]");
        cases.put(
                "{\"parts\": [{\"name\": \"seat\", \"clicks\": [{\"p\": [1, 2, 3], \"positive\": false}]}]}",
                "parts[0] (\"seat\"): no positive click");
        cases.put(
                "{\"parts\": [{\"name\": \"a\", \"clicks\": [{\"p\": [0, 0, 0]}]}, {\"name\": \"a\", \"clicks\": "
                        + "[{\"p\": [0, 0, 0]}]}]}",
                "parts[1] (\"a\"): duplicate part name");
        cases.put(
                "{\"method\": \"magic\", \"parts\": [{\"name\": \"a\", \"clicks\": [{\"p\": [0, 0, 0]}]}]}",
                "unknown method 'magic'");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = Files.writeString(dir.resolve("bad" + i++ + ".json"), c.getKey());
            CliRun r = run("segment", "--clicks", f.toString(), chair.toString());
            assertEquals(1, r.code(), c.getKey());
            assertTrue(r.err().startsWith("iseg3d: " + f.getFileName() + ": "), r.err());
            assertTrue(r.err().contains(c.getValue()), c.getKey() + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        CliRun r = run("segment", "--clicks", dir.resolve("missing.json").toString(), chair.toString());
        assertTrue(r.err().contains("missing.json: no such file"), r.err());
        r = run("segment", "--clicks", script.toString(), "--method", "nope", chair.toString());
        assertTrue(r.err().contains("unknown --method 'nope'"), r.err());
        r = run(
                "segment",
                "--clicks",
                script.toString(),
                "--out",
                dir.resolve("x.fbx").toString(),
                chair.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unsupported output type"), r.err());
    }

    @Test
    void scriptsRoundTrip() throws Exception {
        ClickScript s = ClickScript.read(script);
        Path copy = dir.resolve("copy.json");
        s.write(copy);
        ClickScript back = ClickScript.read(copy);
        assertEquals(s.parts().size(), back.parts().size());
        assertEquals(s.clickCount(), back.clickCount());
        JsonNode a = new ObjectMapper().readTree(script.toFile()), b = new ObjectMapper().readTree(copy.toFile());
        assertEquals(a, b);
    }
}
