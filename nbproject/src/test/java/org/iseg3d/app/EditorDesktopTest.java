package org.iseg3d.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desktop test of the assembled editor application ({@code target/iseg3d}, made by {@code nbm:cluster-app} in
 * process-test-classes): Xvfb + Mesa software GL, real X mouse clicks and keys (xdotool) on the 3D view, checked
 * through the window's trace file ({@code -J-Diseg3d.editor.trace}); then the saved {@code .j3o} is reloaded with the
 * engine bridge. Screenshots, trace, editor log and click costs go to {@code nbproject/target/desktop-test/}.
 * Skipped (with the reason) where Xvfb, xdotool or ImageMagick's import are missing, except under {@code CI=true}
 * where that is a failure ({@code .ci/run} installs them).
 */
class EditorDesktopTest {

    private static final Path OUT = Path.of("target", "desktop-test").toAbsolutePath();
    private static final Path APP = Path.of("target", "iseg3d").toAbsolutePath();
    private static final Pattern VIEW = Pattern.compile("^view x=(-?\\d+) y=(-?\\d+) w=(\\d+) h=(\\d+)");
    private static final Pattern STATE = Pattern.compile("^state phase=(\\w+) clicks=(\\d+) mask=(\\d+) parts=(\\d+)");
    private static final Pattern COST = Pattern.compile("^click-ms ([0-9.]+)");
    private static final Pattern BOUNDS = Pattern.compile(" x=(-?\\d+) y=(-?\\d+) w=(\\d+) h=(\\d+)$");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private Path trace;
    private String display;

    @AfterEach
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) { // the editor first, then Xvfb
            Process p = started.get(i);
            List<ProcessHandle> children = p.descendants().collect(Collectors.toList());
            p.destroy(); // SIGTERM: the NetBeans launcher exits cleanly
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void clicksOnTheViewMakeMaskAndPartAndTheSavedJ3oKeepsThePart() throws Exception {
        requireTools("Xvfb", "xdotool", "import");
        assertTrue(Files.isExecutable(APP.resolve("bin/iseg3d")), "the application was not assembled: " + APP);
        Files.createDirectories(OUT);

        // the test scene: the benchmark fixture chair, converted to .j3o in a temp dir (Ctrl+S saves it in place)
        Path glb = dir.resolve("chair.glb");
        Files.write(glb, Fixtures.bytes("chair"));
        Path model = dir.resolve("chair.j3o");
        SceneSaver.saveJ3o(new SceneLoader().load(glb).root(), model);

        display = startXvfb();
        trace = OUT.resolve("trace.txt");
        Files.deleteIfExists(trace);
        Path userdir = dir.resolve("userdir");
        long t0 = System.nanoTime();
        Process editor = launch(model, userdir, "editor-console.txt");
        try {
            waitFor("model ready", 240, l -> l.startsWith("state phase=READY"), editor);
            log("editor up and model ready in %.1f s", (System.nanoTime() - t0) / 1e9);
            String ready = lines().stream()
                    .filter(l -> l.startsWith("state phase=READY"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(ready.contains(" method=learned "), "the default method is learned: " + ready);
            ProcessHandle jvm = editorJvm(editor);
            ProcessHandle worker = modelProcess(jvm);
            String editorMaps = maps(jvm);
            assertFalse(
                    editorMaps.contains("libtensorflow"),
                    "TensorFlow's native library is not loaded in the editor " + "JVM (pid " + jvm.pid() + ")");
            assertTrue(
                    maps(worker).contains("libtensorflow"),
                    "the model process (pid " + worker.pid() + ") runs " + "TensorFlow");
            log(
                    "editor JVM pid %d: libtensorflow not mapped, GL driver libLLVM %s; model process pid %d: "
                            + "libtensorflow mapped",
                    jvm.pid(), editorMaps.contains("libLLVM") ? "mapped" : "not mapped", worker.pid());
            int[] view = viewBounds();
            Thread.sleep(1500); // a few frames of the clay view
            screenshot("before.png");

            // click 1 on the seat (the lower middle of the chair): a mask
            int[] m1 = clickUntilMask(
                    view,
                    new double[][] {
                        {0.5, 0.55}, {0.5, 0.6}, {0.5, 0.5}, {0.45, 0.6}, {0.55, 0.6}, {0.5, 0.65}, {0.5, 0.45}
                    },
                    1,
                    0);
            log("click 1 at (%d, %d): mask %d triangles", m1[0], m1[1], m1[2]);

            // Enter: the selection becomes one part
            int before = lines().size();
            xdotool("key", "Return");
            int[] afterEnter = waitState(before, 30, s -> s[3] == 1 && s[1] == 0);
            assertEquals(1, afterEnter[3], "Enter made one part");

            // click 2 higher up (the back): a new mask, the part stays
            int[] m2 = clickUntilMask(
                    view,
                    new double[][] {
                        {0.5, 0.3},
                        {0.5, 0.25},
                        {0.5, 0.35},
                        {0.5, 0.4},
                        {0.45, 0.3},
                        {0.55, 0.3},
                        {0.5, 0.2},
                        {0.5, 0.5}
                    },
                    1,
                    1);
            log("click 2 at (%d, %d): new mask %d triangles, parts 1", m2[0], m2[1], m2[2]);
            // click 3, another positive one on the back: the mask is refined (one more click cost sample)
            int[] m3 = clickUntilMask(view, new double[][] {{0.56, 0.27}, {0.44, 0.27}, {0.5, 0.33}, {0.5, 0.3}}, 2, 1);
            log("click 3 at (%d, %d): mask %d triangles", m3[0], m3[1], m3[2]);
            waitFor("the click costs", 30, l -> costs().size() >= 3, editor);
            Thread.sleep(500);
            screenshot("after.png");

            // Enter: the back becomes "part 2" — two parts, unsaved (the platform holds a Savable)
            before = lines().size();
            xdotool("key", "Return");
            assertEquals(2, waitState(before, 30, st -> st[3] == 2 && st[1] == 0)[3], "Enter made the second part");
            waitLine(
                    before,
                    30,
                    l -> l.startsWith("window title=") && l.contains(" *") && l.endsWith("savable=true"),
                    editor);
            Thread.sleep(500);
            screenshot("01-two-parts-unsaved.png");

            // Export glTF…: the side panel's button (real click), the dialog suggests chair.segmented.glb beside the
            // model; Return accepts it
            Path glbOut = dir.resolve("chair.segmented.glb");
            before = lines().size();
            clickButton("button Export glTF");
            waitLine(before, 30, l -> l.startsWith("dialog "), editor);
            Thread.sleep(1000);
            screenshot("02-export-dialog.png");
            xdotool("key", "Return");
            waitLine(
                    before,
                    120,
                    l -> l.startsWith("state ") && l.contains("status=Exported chair.segmented.glb"),
                    editor);
            assertTrue(Files.size(glbOut) > 1000, "Export glTF wrote " + glbOut);
            assertEquals(List.of("part 1", "part 2"), partNames(glbOut), "the exported parts are labelled nodes");
            Thread.sleep(500);
            screenshot("03-exported.png");

            // Ctrl+S with the focus in the side panel (the Export button): the .j3o saved in place, the old one kept
            // as chair.j3o.bak, the tab title without the dirty marker, the Savable gone
            clickListRow(0); // focus into the side panel's part list (selects "part 1")
            Thread.sleep(500);
            before = lines().size();
            xdotool("key", "ctrl+s");
            waitLine(before, 60, l -> l.equals("saved"), editor);
            waitLine(
                    before,
                    30,
                    l -> l.startsWith("window title=") && !l.contains(" *") && l.endsWith("savable=false"),
                    editor);
            assertTrue(
                    lines().stream()
                            .anyMatch(l ->
                                    l.startsWith("state ") && l.contains(" parts=2 ") && l.contains(" applied=true ")),
                    "the save applied the parts to the scene");
            assertEquals(List.of("part 1", "part 2"), partNames(model), "the saved j3o has both parts");
            assertTrue(Files.exists(dir.resolve("chair.j3o.bak")), "the replaced j3o is kept as chair.j3o.bak");
            Thread.sleep(500);
            screenshot("04-saved.png");
            assertTrue(jvm.isAlive() && editor.isAlive(), "the editor is still running after the learned clicks");
            assertTrue(worker.isAlive(), "the model process is still running");
            assertFalse(maps(jvm).contains("libtensorflow"), "still no TensorFlow in the editor JVM");
            // (to come with the session reading `iseg3d.part` back: reopen → parts listed → a third part → save)

            // Ctrl+Z (focus still in the side panel) until "part 2" is undone (the first step undoes the export's
            // apply to the scene graph): unsaved again
            int[] undone = null;
            for (int i = 0; i < 3 && undone == null; i++) {
                before = lines().size();
                xdotool("key", "ctrl+z");
                assertNotNull(waitState(before, 30, st -> true), "Ctrl+Z made an undo step");
                undone = waitState(before, 2, st -> st[3] == 1);
            }
            assertNotNull(undone, "Ctrl+Z undid part 2");
            waitLine(
                    before,
                    30,
                    l -> l.startsWith("window title=") && l.contains(" *") && l.endsWith("savable=true"),
                    editor);

            // File > Exit with unsaved changes: the platform's save prompt. Cancel keeps the editor running.
            before = lines().size();
            clickButton("menu File");
            waitLine(before, 30, l -> l.startsWith("menuitem Exit"), editor);
            Thread.sleep(500);
            screenshot("05-file-menu.png");
            clickButton("menuitem Exit");
            waitLine(before, 30, l -> l.startsWith("dialog "), editor);
            Thread.sleep(1000);
            screenshot("06-exit-prompt.png");
            clickButton("dialogbutton Cancel");
            Thread.sleep(2000);
            assertTrue(jvm.isAlive() && editor.isAlive(), "Cancel in the exit prompt keeps the editor running");
            screenshot("07-exit-cancelled.png");

            // File > Exit again, Save in the prompt: the same atomic save, then the editor exits
            before = lines().size();
            clickButton("menu File");
            waitLine(before, 30, l -> l.startsWith("menuitem Exit"), editor);
            Thread.sleep(500);
            clickButton("menuitem Exit");
            waitLine(before, 30, l -> l.startsWith("dialogbutton Save"), editor);
            Thread.sleep(1000);
            clickButton(
                    lines().subList(before, lines().size()).stream()
                                    .anyMatch(l -> l.startsWith("dialogbutton Save All"))
                            ? "dialogbutton Save All"
                            : "dialogbutton Save");
            assertTrue(editor.waitFor(90, TimeUnit.SECONDS), "the editor exits after Save in the exit prompt");
            assertTrue(lines().subList(before, lines().size()).contains("saved"), "the exit prompt saved the model");
        } finally {
            copyLog(userdir, "messages.log");
        }

        assertEquals(
                List.of("part 1"), partNames(model), "the j3o saved at exit reloads with the part left after undo");
        assertNoUncaughtException(OUT.resolve("messages.log"));

        List<Double> costs = costs();
        List<Double> sorted = new ArrayList<>(costs);
        sorted.sort(null);
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        String json = String.format(
                Locale.ROOT,
                "{\"what\": \"mouse event -> first frame with the mask on screen, "
                        + "Xvfb + Mesa llvmpipe, chair fixture\", \"method\": \"learned\", \"clicks_ms\": %s, "
                        + "\"median_ms\": %.1f}%n",
                costs.stream().map(c -> String.format(Locale.ROOT, "%.1f", c)).collect(Collectors.toList()),
                median);
        Files.writeString(OUT.resolve("click-cost.json"), json);
        log(
                "click cost (mouse event -> coloured mask on screen): %s ms, median %.1f ms -> %s",
                costs, median, OUT.resolve("click-cost.json"));
    }

    /**
     * Closing the window while the model process embeds the shape (100,000 sampled points, so that it lasts): the
     * window closes, the model process ends, the editor carries on without an exception.
     */
    @Test
    void closingTheWindowDuringTheLearnedPreparationEndsTheModelProcessAndTheEditorCarriesOn() throws Exception {
        requireTools("Xvfb", "xdotool", "import");
        assertTrue(Files.isExecutable(APP.resolve("bin/iseg3d")), "the application was not assembled: " + APP);
        Files.createDirectories(OUT);
        Path model = dir.resolve("chair.glb");
        Files.write(model, Fixtures.bytes("chair"));
        Path userdir = dir.resolve("userdir-close");
        Path prefs = userdir.resolve("config/Preferences/org/iseg3d/editor.properties"); // Tools > Options
        Files.createDirectories(prefs.getParent());
        Files.writeString(prefs, "points=100000\n");

        display = startXvfb();
        trace = OUT.resolve("trace-close.txt");
        Files.deleteIfExists(trace);
        Process editor = launch(model, userdir, "editor-console-close.txt");
        try {
            waitFor(
                    "the learned preparation",
                    240,
                    l -> l.startsWith("state phase=EMBEDDING") && l.contains(" method=learned "),
                    editor);
            waitFor("the embedding stage", 120, l -> l.equals("progress embedding"), editor);
            ProcessHandle jvm = editorJvm(editor);
            ProcessHandle worker = modelProcess(jvm);
            int[] view = viewBounds();
            Thread.sleep(500);
            // Window > Close Window (the bare platform binds no key to it); menu positions relative to the view
            xdotool("mousemove", "--sync", String.valueOf(view[0] + 228), String.valueOf(view[1] - 86));
            xdotool("click", "1");
            Thread.sleep(1000);
            screenshot("close-menu.png");
            int before = lines().size();
            xdotool("mousemove", "--sync", String.valueOf(view[0] + 268), String.valueOf(view[1] + 100));
            xdotool("click", "1");
            long t0 = System.nanoTime();
            worker.onExit().get(20, TimeUnit.SECONDS);
            log(
                    "window closed while the model process embedded: the model process %d ended %.1f s after the click",
                    worker.pid(), (System.nanoTime() - t0) / 1e9);
            assertTrue(
                    lines().subList(0, before).stream().noneMatch(l -> l.startsWith("state phase=READY")),
                    "the window was closed while the model was still being prepared");
            Path userLog = userdir.resolve("var/log/messages.log");
            for (int i = 0; i < 100 && !Files.readString(userLog).contains("Part Segmentation window closed"); i++) {
                Thread.sleep(100); // the log is written asynchronously
            }
            Thread.sleep(1000);
            assertTrue(jvm.isAlive() && editor.isAlive(), "the editor is still running");
            screenshot("closed-during-preparation.png");
        } finally {
            copyLog(userdir, "messages-close.log");
        }
        String log = Files.readString(OUT.resolve("messages-close.log"));
        assertTrue(log.contains("Part Segmentation window closed"), "the window closed");
        assertNoUncaughtException(OUT.resolve("messages-close.log"));
    }

    // ------------------------------------------------------------------ helpers

    /** The distinct {@code iseg3d.part} labels of a saved or exported scene, in traversal order. */
    private static List<String> partNames(Path scene) throws Exception {
        List<String> parts = new ArrayList<>();
        new SceneLoader().load(scene).root().depthFirstTraversal(s -> {
            String part = s.getUserData("iseg3d.part");
            if (part != null && !parts.contains(part)) {
                parts.add(part);
            }
        });
        parts.sort(null);
        return parts;
    }

    /** Clicks the middle of the last traced component whose line starts with {@code prefix} (button, menu…). */
    private void clickButton(String prefix) throws Exception {
        List<String> ls = lines();
        for (int i = ls.size() - 1; i >= 0; i--) {
            String l = ls.get(i);
            if (l.startsWith(prefix)) {
                Matcher m = BOUNDS.matcher(l);
                assertTrue(m.find(), "bounds in " + l);
                int x = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(3)) / 2;
                int y = Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(4)) / 2;
                xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
                Thread.sleep(200);
                xdotool("click", "1");
                log("clicked %s at (%d, %d)", l.substring(0, l.indexOf(" x=")), x, y);
                return;
            }
        }
        throw new AssertionError("nothing traced as `" + prefix + "`; trace: " + trace);
    }

    /** Clicks row {@code row} of the side panel's part list (rows of ≈ 17 px from the list's top). */
    private void clickListRow(int row) throws Exception {
        List<String> ls = lines();
        for (int i = ls.size() - 1; i >= 0; i--) {
            Matcher m = BOUNDS.matcher(ls.get(i));
            if (ls.get(i).startsWith("list ") && m.find()) {
                int x = Integer.parseInt(m.group(1)) + 40;
                int y = Integer.parseInt(m.group(2)) + 9 + 17 * row;
                xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
                Thread.sleep(200);
                xdotool("click", "1");
                log("clicked part list row %d at (%d, %d)", row, x, y);
                return;
            }
        }
        throw new AssertionError("no part list traced; trace: " + trace);
    }

    /** Waits for a trace line after index {@code from}. */
    private void waitLine(int from, int seconds, Predicate<String> ok, Process editor) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            List<String> ls = lines();
            for (int i = from; i < ls.size(); i++) {
                if (ok.test(ls.get(i))) {
                    return;
                }
                if (ls.get(i).startsWith("error ")) {
                    fail("the editor reported: " + ls.get(i));
                }
            }
            if (!editor.isAlive()) {
                fail("the editor exited (" + editor.exitValue() + "); see " + OUT);
            }
            Thread.sleep(100);
        }
        fail("timed out after " + seconds + " s; trace: " + trace);
    }

    /** The editor's JVM (org.netbeans.Main) under the launcher script. */
    private static ProcessHandle editorJvm(Process launcher) {
        return launcher.descendants()
                .filter(p -> commandLine(p).contains("org.netbeans.Main"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NetBeans JVM under the launcher " + launcher.pid()));
    }

    /** The model process (ModelWorker) started by the editor's JVM. */
    private static ProcessHandle modelProcess(ProcessHandle jvm) {
        List<ProcessHandle> w = jvm.children()
                .filter(p -> commandLine(p).contains("org.iseg3d.tf.worker.ModelWorker"))
                .collect(Collectors.toList());
        assertEquals(1, w.size(), "one model process under the editor JVM");
        return w.get(0);
    }

    private static String commandLine(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException e) {
            return p.info().commandLine().orElse("");
        }
    }

    private static String maps(ProcessHandle p) throws IOException {
        return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "maps"));
    }

    private static void requireTools(String... tools) {
        for (String t : tools) {
            if (which(t) == null) {
                String reason = "desktop test skipped: `" + t + "` is not installed (apt-get install -y xvfb "
                        + "libgl1-mesa-dri x11-apps imagemagick xdotool; .ci/run does this as root)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail("CI must run the desktop test: " + reason);
                }
                System.out.println("[desktop-test] " + reason);
                Assumptions.abort(reason);
            }
        }
    }

    private static Path which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private String startXvfb() throws Exception {
        for (int n = 61; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process x = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(OUT.resolve("xvfb.txt").toFile())
                    .start();
            started.add(x);
            for (int i = 0; i < 100 && x.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    log("Xvfb on :%d", n);
                    return ":" + n;
                }
                Thread.sleep(100);
            }
            started.remove(x);
            x.destroyForcibly();
        }
        throw new IllegalStateException("could not start Xvfb (see " + OUT.resolve("xvfb.txt") + ")");
    }

    private int[] viewBounds() {
        for (int i = lines().size() - 1; i >= 0; i--) {
            Matcher m = VIEW.matcher(lines().get(i));
            if (m.find()) {
                return new int[] {
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))
                };
            }
        }
        throw new AssertionError("no view bounds in the trace");
    }

    /** Clicks the candidates (fractions of the view) in turn until one gives a mask; returns x, y, mask. */
    private int[] clickUntilMask(int[] view, double[][] candidates, int clicks, int parts) throws Exception {
        for (double[] c : candidates) {
            int x = view[0] + (int) Math.round(c[0] * view[2]);
            int y = view[1] + (int) Math.round(c[1] * view[3]);
            int before = lines().size();
            xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
            Thread.sleep(200);
            xdotool("click", "1");
            int[] s = waitState(before, 30, st -> (st[1] >= clicks && st[2] > 0) || st[0] < 0);
            if (s != null && s[2] > 0) {
                assertEquals(parts, s[3], "the part count after the click");
                return new int[] {x, y, s[2]};
            }
            log("click at (%d, %d) missed the model, trying the next point", x, y);
        }
        throw new AssertionError("no click gave a mask; trace: " + trace);
    }

    /**
     * Waits for a state line after index {@code from} matching; returns {missed (-1 when the status says the click was
     * not on the model, else 0), clicks, mask, parts}, or null on time-out.
     */
    private int[] waitState(int from, int seconds, Predicate<int[]> ok) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            List<String> ls = lines();
            for (int i = from; i < ls.size(); i++) {
                Matcher m = STATE.matcher(ls.get(i));
                if (m.find()) {
                    int[] s = {
                        ls.get(i).contains("not on the model") ? -1 : 0,
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))
                    };
                    if (ok.test(s)) {
                        return s;
                    }
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    private void waitFor(String what, int seconds, Predicate<String> ok, Process editor) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (String l : lines()) {
                if (ok.test(l)) {
                    return;
                }
                if (l.startsWith("error ") || l.startsWith("notice ")) {
                    fail("the editor reported: " + l);
                }
            }
            if (!editor.isAlive()) {
                fail("the editor exited (" + editor.exitValue() + ") waiting for " + what + "; see " + OUT);
            }
            Thread.sleep(200);
        }
        fail("timed out after " + seconds + " s waiting for " + what + "; trace: " + trace);
    }

    private List<String> lines() {
        try {
            return Files.exists(trace) ? Files.readAllLines(trace, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Double> costs() {
        List<Double> out = new ArrayList<>();
        for (String l : lines()) {
            Matcher m = COST.matcher(l);
            if (m.find()) {
                out.add(Double.parseDouble(m.group(1)));
            }
        }
        return out;
    }

    private void xdotool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        run(cmd);
    }

    private void screenshot(String name) throws Exception {
        Path png = OUT.resolve(name);
        run(List.of("import", "-display", display, "-window", "root", png.toString()));
        assertTrue(Files.size(png) > 1000, "screenshot written: " + png);
        log("screenshot %s", png);
    }

    private void run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** Starts the editor on {@link #display} with {@code model} opened at start-up and the trace in {@link #trace}. */
    private Process launch(Path model, Path userdir, String console) throws IOException {
        String jdk = Path.of(System.getProperty("java.home")).toString();
        ProcessBuilder pb = new ProcessBuilder(
                APP.resolve("bin/iseg3d").toString(),
                "--nosplash",
                "--jdkhome",
                jdk,
                "--userdir",
                userdir.toString(),
                "--cachedir",
                dir.resolve("cache").toString(),
                "-J-Dorg.lwjgl.system.SharedLibraryExtractPath=" + dir.resolve("natives"),
                "-J-Diseg3d.open=" + model,
                "-J-Diseg3d.editor.trace=" + trace,
                "-J-Diseg3d.editor.noDialogs=true");
        pb.environment().putAll(Map.of("DISPLAY", display, "LIBGL_ALWAYS_SOFTWARE", "1"));
        pb.redirectErrorStream(true).redirectOutput(OUT.resolve(console).toFile());
        Process editor = pb.start();
        started.add(editor);
        return editor;
    }

    /** Fails on an uncaught exception ({@code SEVERE [global]}) in a copied editor log. */
    private static void assertNoUncaughtException(Path messages) throws IOException {
        if (!Files.exists(messages)) {
            return;
        }
        List<String> log = Files.readAllLines(messages, StandardCharsets.UTF_8);
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith("SEVERE [global]")) {
                fail("the editor logged an exception: "
                        + String.join(" / ", log.subList(i, Math.min(i + 4, log.size()))) + " (" + messages + ")");
            }
        }
    }

    private void copyLog(Path userdir, String name) {
        Path log = userdir.resolve("var/log/messages.log");
        try {
            if (Files.exists(log)) {
                Files.copy(log, OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log("cannot copy the editor log: %s", e.getMessage());
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[desktop-test] " + String.format(Locale.ROOT, format, args));
    }
}
