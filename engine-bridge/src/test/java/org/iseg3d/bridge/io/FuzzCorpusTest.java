package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated fuzz corpus ({@link FuzzCorpus}, over 1,000 malformed or degenerate files of every format)
 * through the reading path (load → flatten → labels → sample, the steps of {@code ShapeReader.read}) and, where the
 * file loads, through {@link GltfSceneExporter} and back. Every file must give a one-line {@link ModelLoadException}
 * / {@link SceneWriteException} naming the file, or a result that passes the checks; no other exception, no hang
 * (per-file time limit), no crash. Prints the outcome breakdown.
 */
class FuzzCorpusTest {

    private static final int POINTS = 128;
    private static final Duration PER_FILE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final SceneLoader loader = new SceneLoader(Duration.ofSeconds(10));

    /** What happened to one file; {@code problem} is non-null for a failure of the contract. */
    private record Outcome(String file, String outcome, String problem, String detail) {
        Outcome(String file, String outcome, String problem) {
            this(file, outcome, problem, "");
        }
    }

    @Test
    void everyCorpusFileFailsCleanlyOrReadsCorrectly() throws Exception {
        // jME reports what it skips through java.util.logging: thousands of lines for this corpus
        java.util.logging.Logger jme = java.util.logging.Logger.getLogger("com.jme3");
        java.util.logging.Level jmeLevel = jme.getLevel();
        jme.setLevel(java.util.logging.Level.OFF);
        try {
            runCorpus();
        } finally {
            jme.setLevel(jmeLevel);
        }
    }

    private void runCorpus() throws Exception {
        long t0 = System.nanoTime();
        List<FuzzCorpus.Case> corpus = FuzzCorpus.generate();
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = Files.createDirectory(dir.resolve("out"));
        List<Path> files = new ArrayList<>();
        for (FuzzCorpus.Case c : corpus) {
            files.add(Files.write(in.resolve(c.name()), c.bytes()));
        }
        long generated = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true); // a hung worker must not keep the JVM alive
            return t;
        });
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> run(f, out)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Future<Outcome> fut = futures.get(i);
                String name = files.get(i).getFileName().toString();
                try {
                    outcomes.add(fut.get(PER_FILE.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    fut.cancel(true);
                    outcomes.add(new Outcome(name, "FAIL hang", "no answer within " + PER_FILE.toSeconds() + " s"));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(new Outcome(name, "FAIL harness", String.valueOf(e.getCause())));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long done = System.nanoTime();

        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byFormat = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            byOutcome.merge(o.outcome(), 1, Integer::sum);
            String ext = o.file().endsWith(".mesh.xml")
                    ? ".mesh.xml"
                    : o.file().substring(o.file().lastIndexOf('.'));
            byFormat.merge(ext, 1, Integer::sum);
            if (o.problem() != null) {
                problems.add(o.file() + ": " + o.problem());
            }
        }
        int passed = outcomes.size() - problems.size();
        StringBuilder report = new StringBuilder(String.format(
                java.util.Locale.ROOT,
                "fuzz corpus: %d files tried, %d passed, %d failed (generate %.1f s, run %.1f s on 2 threads)%n",
                outcomes.size(),
                passed,
                problems.size(),
                (generated - t0) / 1e9,
                (done - generated) / 1e9));
        report.append("  by format: ").append(byFormat).append('\n');
        byOutcome.forEach((k, v) -> report.append(String.format(java.util.Locale.ROOT, "  %5d  %s%n", v, k)));
        problems.stream()
                .limit(40)
                .forEach(p -> report.append("  PROBLEM ").append(p).append('\n'));
        System.out.print(report);
        Files.writeString(Path.of("target", "fuzz-report.txt"), report);
        StringBuilder tsv = new StringBuilder("file\toutcome\tmessages\n");
        outcomes.forEach(o -> tsv.append(o.file())
                .append('\t')
                .append(o.outcome())
                .append('\t')
                .append(o.problem() != null ? o.problem() : o.detail())
                .append('\n'));
        Files.writeString(Path.of("target", "fuzz-outcomes.tsv"), tsv);

        assertTrue(outcomes.size() >= 1000, "corpus too small: " + outcomes.size());
        assertEquals(List.of(), problems, report.toString());
    }

    /** Reads one file and, if it loads, exports and re-reads it. Never throws. */
    private Outcome run(Path file, Path outDir) {
        String name = file.getFileName().toString();
        String read;
        String detail = "";
        LoadedScene scene = null;
        int triangles = -1;
        try {
            scene = loader.load(file);
            TriangleSoup soup = SceneFlattener.flatten(scene);
            PartLabels labels = PartLabels.forModel(scene.file(), soup);
            SampledShape shape = SurfaceSampler.sample(soup, labels, POINTS, 7L);
            String bad = checkShape(shape, soup, labels);
            if (bad != null) {
                return new Outcome(name, "FAIL wrong result", bad);
            }
            triangles = soup.triangleCount();
            read = "read ok";
        } catch (ModelLoadException e) {
            String bad = checkMessage(e.getMessage(), name);
            if (bad != null) {
                return new Outcome(name, "FAIL bad message", bad);
            }
            read = (scene == null ? "rejected at load" : "rejected after load") + " (ModelLoadException)";
            detail = e.getMessage();
        } catch (Throwable e) {
            return new Outcome(name, "FAIL " + e.getClass().getSimpleName() + " while reading", where(e));
        }
        if (scene == null) {
            return new Outcome(name, read, null, detail);
        }
        String outName = name.replace('.', '_') + ".glb";
        Path exported = outDir.resolve(outName);
        try {
            GltfSceneExporter.export(scene.root(), exported);
        } catch (SceneWriteException e) {
            String bad = checkMessage(e.getMessage(), outName);
            return new Outcome(
                    name, read + " / export rejected (SceneWriteException)", bad, detail + " | " + e.getMessage());
        } catch (Throwable e) {
            return new Outcome(name, "FAIL " + e.getClass().getSimpleName() + " while exporting", where(e));
        }
        try {
            LoadedScene back = loader.load(exported);
            if (triangles >= 0) {
                int again = SceneFlattener.flatten(back).triangleCount();
                if (again != triangles) {
                    return new Outcome(name, "FAIL export changed the triangles", triangles + " -> " + again);
                }
            }
            return new Outcome(name, read + " / exported, re-loads", null, detail);
        } catch (Throwable e) {
            return new Outcome(name, "FAIL own export does not re-load", e.toString());
        }
    }

    /** The exception and where it was thrown: top frame and first frame of our code. */
    private static String where(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String ours = "";
        for (StackTraceElement f : st) {
            if (f.getClassName().startsWith("org.iseg3d.bridge.")) {
                ours = " via " + f;
                break;
            }
        }
        return e + (st.length > 0 ? " at " + st[0] : "") + ours;
    }

    private static String checkMessage(String msg, String fileName) {
        if (msg == null || !msg.startsWith(fileName + ": ")) {
            return "message does not start with the file name: " + msg;
        }
        if (msg.contains("\n") || msg.contains("\r") || msg.contains("\tat ")) {
            return "message is not one line: " + msg;
        }
        return null;
    }

    /** The sampled shape is what the contract promises: finite points on the soup, unit normals, valid labels. */
    private static String checkShape(SampledShape s, TriangleSoup soup, PartLabels labels) {
        float[] xyz = s.cloud().xyz();
        float[] n = s.cloud().normals();
        if (xyz.length != 3 * POINTS) {
            return "expected " + POINTS + " points, got " + xyz.length / 3;
        }
        float[] b = soup.bounds();
        for (int i = 0; i < POINTS; i++) {
            double len = 0;
            for (int a = 0; a < 3; a++) {
                float v = xyz[3 * i + a];
                double slack = 1e-4 * Math.max(1, Math.abs(b[a + 3] - b[a]));
                if (!Float.isFinite(v) || v < b[a] - slack || v > b[a + 3] + slack) {
                    return "point " + i + " off the surface bounds: " + v;
                }
                len += (double) n[3 * i + a] * n[3 * i + a];
            }
            if (!(Math.abs(Math.sqrt(len) - 1) < 1e-3)) {
                return "normal " + i + " is not unit length: " + Math.sqrt(len);
            }
            int t = s.triangleOfPoint()[i];
            if (t < 0 || t >= soup.triangleCount() || !(soup.areas()[t] > 0)) {
                return "point " + i + " on an invalid or zero-area triangle " + t;
            }
            int p = s.partOfPoint()[i];
            if (p < -1 || p >= labels.partNames().size()) {
                return "point " + i + " has part id " + p;
            }
        }
        return null;
    }
}
