package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.SceneLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves a large scene over a file holding an old scene and is killed ({@code destroyForcibly}, SIGKILL)
 * while the new bytes are being written; the target must still load as the old scene.
 */
class KillMidSaveTest {

    /** Bytes the child writes before it signals and stalls (well past the first 64 KiB buffer). */
    static final long SIGNAL_AFTER = 512 * 1024;

    static final String SIGNAL = "WRITING";

    @TempDir
    Path dir;

    @Test
    void killedWhileWritingLeavesTheOldScene() throws Exception {
        Path target = dir.resolve("scene.j3o");
        Node old = new Node("old_scene");
        old.attachChild(IoScenes.labelled("old_part", IoScenes.cube(true, true, true), "old", 3));
        SceneSaver.saveJ3o(old, target);
        byte[] oldBytes = Files.readAllBytes(target);

        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> signal = CompletableFuture.supplyAsync(() -> {
                StringBuilder seen = new StringBuilder();
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith(SIGNAL)) {
                            return line;
                        }
                        seen.append(line).append('\n');
                    }
                } catch (IOException e) {
                    seen.append(e);
                }
                return "child ended without signalling:\n" + seen;
            });
            String line = signal.get(60, TimeUnit.SECONDS);
            assertTrue(line.startsWith(SIGNAL), line);

            // mid-write: a partial temporary file exists, the target is still the old file
            List<Path> temps = temporaries();
            assertEquals(1, temps.size(), "temporaries: " + temps);
            assertTrue(Files.size(temps.get(0)) >= SIGNAL_AFTER, "temporary holds " + Files.size(temps.get(0)));
            assertArrayEquals(oldBytes, Files.readAllBytes(target));

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        assertArrayEquals(oldBytes, Files.readAllBytes(target));
        LoadedScene loaded = new SceneLoader().load(target);
        assertEquals("old_scene", loaded.root().getName());
        assertEquals("old", ((Node) loaded.root()).getChild("old_part").getUserData(PartUserData.PART));

        // the next save replaces the target and clears the dead child's temporary file
        SceneSaver.saveJ3o(new Geometry("after", IoScenes.grid(2)), target);
        assertEquals("after", new SceneLoader().load(target).root().getName());
        assertEquals(List.of(), temporaries());
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** The child: saves a ~4 MB scene through a stream that signals after {@link #SIGNAL_AFTER} bytes and stalls. */
    public static final class Child {
        private Child() {}

        public static void main(String[] args) throws Exception {
            Path target = Paths.get(args[0]);
            Node scene = new Node("new_scene");
            for (int i = 0; i < 4; i++) {
                scene.attachChild(new Geometry("grid_" + i, IoScenes.grid(250))); // 63k vertices each
            }
            PrintStream stdout = System.out;
            SceneSaver.saveJ3o(scene, target, out -> new FilterOutputStream(out) {
                private long written;
                private boolean signalled;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    written += len;
                    if (written >= SIGNAL_AFTER && !signalled) {
                        signalled = true;
                        out.flush(); // the bytes so far are in the temporary file
                        stdout.println(SIGNAL + " " + written);
                        stdout.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE); // killed here
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            stdout.println("DONE");
        }
    }

    @Test
    void childSavesCompletelyWhenNotKilled() throws Exception {
        // the same scene written without the stall loads fully (guards the child against testing nothing)
        Node scene = new Node("new_scene");
        scene.attachChild(new Geometry("grid_0", IoScenes.grid(250)));
        Path target = dir.resolve("full.j3o");
        SceneSaver.saveJ3o(scene, target);
        assertTrue(Files.size(target) > SIGNAL_AFTER / 2);
        assertFalse(temporaries().iterator().hasNext());
    }
}
