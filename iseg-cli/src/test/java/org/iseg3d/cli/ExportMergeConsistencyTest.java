package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, honest evaluation: a model and its {@code export --merge} (one mesh, parts only in the {@code _PART}
 * attribute) give the same masks and scores for every method, by point IoU and by area IoU. If anything in
 * sampling, picking, label transfer or smoothing used the Geometries (which are the ground-truth parts of the
 * fixtures), the one-mesh copy would score differently.
 */
class ExportMergeConsistencyTest {

    private static final List<String> MODELS = List.of("chair", "table", "faucet");

    @TempDir
    static Path dir;

    @BeforeAll
    static void exportMerged() throws Exception {
        for (String c : MODELS) {
            Path original = dir.resolve("original").resolve(c).resolve(c + ".glb");
            Files.createDirectories(original.getParent());
            try (var in = Fixtures.open(c)) {
                Files.copy(in, original);
            }
            Path merged = dir.resolve("merged").resolve(c).resolve(c + ".glb");
            Files.createDirectories(merged.getParent());
            CliRun r = CliRun.of("export", original.toString(), "--merge", "--to", merged.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("one mesh"), r.out());
        }
    }

    @Test
    void mergedFileIsOneMeshWithTheSameTrianglesAndGroundTruth() throws Exception {
        for (String c : MODELS) {
            TriangleSoup a =
                    SceneFlattener.flatten(new SceneLoader().load(dir.resolve("original/" + c + "/" + c + ".glb")));
            TriangleSoup b =
                    SceneFlattener.flatten(new SceneLoader().load(dir.resolve("merged/" + c + "/" + c + ".glb")));
            assertTrue(a.geometries().size() > 1, c);
            assertEquals(1, b.geometries().size(), c);
            assertTrue(java.util.Arrays.equals(a.positions(), b.positions()), c + ": same triangles, same order");
            PartLabels la = PartLabels.defaults(a);
            PartLabels lb = PartLabels.defaults(b);
            assertEquals(la.partNames(), lb.partNames(), c);
            assertTrue(java.util.Arrays.equals(la.partOfTriangle(), lb.partOfTriangle()), c);
        }
    }

    @Test
    void everyMethodScoresTheModelAndItsMergedExportAlike() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String method : List.of("xyz", "fpfh", "heatmap", "learned")) {
            for (String iou : List.of("points", "area")) {
                JsonNode[] runs = new JsonNode[2];
                int i = 0;
                for (String which : List.of("original", "merged")) {
                    Path out = dir.resolve(method + "-" + iou + "-" + which + ".json");
                    CliRun r = CliRun.of(
                            "eval",
                            "--method",
                            method,
                            "--iou",
                            iou,
                            "--clicks",
                            "5",
                            "--threads",
                            "1",
                            "--json",
                            out.toString(),
                            dir.resolve(which).toString());
                    assertEquals(0, r.code(), r.err());
                    assertFalse(r.err().contains("unavailable"), method + ": " + r.err());
                    runs[i++] = json.readTree(out.toFile());
                }
                JsonNode a = runs[0].get("shapes"), b = runs[1].get("shapes");
                assertEquals(MODELS.size(), a.size());
                assertEquals(a.size(), b.size());
                for (int s = 0; s < a.size(); s++) {
                    assertEquals(
                            a.get(s).get("parts"),
                            b.get(s).get("parts"),
                            method + " --iou " + iou + ": " + a.get(s).get("file") + " vs its --merge export");
                    assertEquals(a.get(s).get("skippedParts"), b.get(s).get("skippedParts"));
                }
                assertEquals(
                        runs[0].get("summary").get("miouAt"),
                        runs[1].get("summary").get("miouAt"),
                        method + " --iou " + iou);
            }
        }
    }
}
