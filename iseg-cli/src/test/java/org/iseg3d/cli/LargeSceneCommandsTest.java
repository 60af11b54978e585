package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.TriangleSoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenes --large} and {@code bench-large} on a small instance of the large scene. */
class LargeSceneCommandsTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Iseg3dCli.run(args);
            return new String[] {
                String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
            };
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void largeSceneIsWrittenAndMeasured() throws Exception {
        Path glb = dir.resolve("large.glb");
        String[] r = run("scenes", "--large", "--triangles", "30000", "--out", glb.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("8 parts"), r[1]);
        TriangleSoup soup = SceneFlattener.flatten(new SceneLoader().load(glb));
        assertEquals(30_000, soup.triangleCount(), 100);
        assertEquals(8, soup.geometries().size());

        r = run("bench-large", glb.toString(), "--runs", "1", "--points", "512");
        assertEquals("0", r[0], r[2]);
        for (String step : new String[] {
            "load", "flatten", "knn", "fpfh", "first mask", "load->first mask", "j3o save", "glb export", "peak heap"
        }) {
            assertTrue(r[1].contains("  " + step), step + " missing in:\n" + r[1]);
        }
    }
}
