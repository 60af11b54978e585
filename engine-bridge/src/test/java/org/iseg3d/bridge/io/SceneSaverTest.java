package org.iseg3d.bridge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.TriangleSoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic j3o save: round trip with user data, replacement, and failures that leave the target untouched. */
class SceneSaverTest {

    @TempDir
    Path dir;

    private static Spatial load(Path file) throws ModelLoadException {
        return new SceneLoader().load(file).root();
    }

    /** Files in the folder other than {@code keep}: no temporary file may be left behind. */
    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    private List<Path> others(Path... keep) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !List.of(keep).contains(p)).toList();
        }
    }

    @Test
    void roundTripKeepsHierarchyTransformsAndUserData() throws Exception {
        Node chair = IoScenes.labelledChair();
        chair.setUserData("note", "hello");
        chair.getChild("misc").setUserData("weight", 2.5f);
        chair.getChild("misc").setUserData("flag", true);
        chair.getChild("misc").setUserData("big", 1L << 40);
        Path file = dir.resolve("chair.j3o");
        SceneSaver.saveJ3o(chair, file);

        LoadedScene loaded = new SceneLoader().load(file);
        Node root = (Node) loaded.root();
        assertEquals("chair", root.getName());
        assertEquals("hello", root.getUserData("note"));
        Spatial seat0 = root.getChild("seat_0");
        assertEquals("seat", seat0.getUserData(PartUserData.PART));
        assertEquals(Integer.valueOf(0), seat0.getUserData(PartUserData.PART_ID));
        assertEquals(Integer.valueOf(1), root.getChild("back").getUserData(PartUserData.PART_ID));
        assertEquals(
                new PartUserData.Label(1, "back"),
                PartUserData.of(root.getChild("back_0")).orElseThrow());
        assertTrue(PartUserData.of(root.getChild("misc")).isEmpty());
        assertEquals(2.5f, (Float) root.getChild("misc").getUserData("weight"));
        assertEquals(Boolean.TRUE, root.getChild("misc").getUserData("flag"));
        assertEquals(Long.valueOf(1L << 40), root.getChild("misc").getUserData("big"));
        assertEquals(
                chair.getChild("back").getLocalTransform(),
                root.getChild("back").getLocalTransform());

        TriangleSoup before = SceneFlattener.flatten(chair, "before");
        TriangleSoup after = SceneFlattener.flatten(loaded);
        assertEquals(12 + 12 + 12 + 18, after.triangleCount());
        assertArrayEquals(before.positions(), after.positions());
        assertEquals(List.of(), others(file));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = dir.resolve("scene.j3o");
        SceneSaver.saveJ3o(new Geometry("old", IoScenes.cube(true, false, false)), file);
        SceneSaver.saveJ3o(new Geometry("new", IoScenes.grid(4)), file);
        assertEquals("new", load(file).getName());
        assertEquals(List.of(), others(file));
    }

    @Test
    void keepsThePermissionsOfTheReplacedFile() throws Exception {
        Path file = dir.resolve("scene.j3o");
        SceneSaver.saveJ3o(new Geometry("old", IoScenes.cube(true, false, false)), file);
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, perms);
        SceneSaver.saveJ3o(new Geometry("new", IoScenes.grid(4)), file);
        assertEquals(perms, Files.getPosixFilePermissions(file));
    }

    @Test
    void failureWhileWritingLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("scene.j3o");
        SceneSaver.saveJ3o(new Geometry("old", IoScenes.cube(true, false, false)), file);
        byte[] old = Files.readAllBytes(file);
        SceneWriteException e = assertThrows(
                SceneWriteException.class,
                () -> SceneSaver.saveJ3o(
                        new Geometry("new", IoScenes.grid(100)), file, out -> new FilterOutputStream(out) {
                            private long written;

                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                written += len;
                                if (written > 10_000) {
                                    throw new IOException("No space left on device");
                                }
                                out.write(b, off, len);
                            }
                        }));
        assertEquals("scene.j3o: cannot write into " + dir.toAbsolutePath() + " (disk full)", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals("old", load(file).getName());
        assertEquals(List.of(), others(file));
    }

    @Test
    void exporterExceptionIsReportedAndCleanedUp() throws Exception {
        Path file = dir.resolve("scene.j3o");
        SceneWriteException e = assertThrows(
                SceneWriteException.class,
                () -> SceneSaver.saveJ3o(new Geometry("new", IoScenes.grid(2)), file, out -> {
                    throw new IllegalStateException("boom");
                }));
        assertTrue(
                e.getMessage().startsWith("scene.j3o: could not be written (IllegalStateException: boom"),
                e.getMessage());
        assertFalse(Files.exists(file));
        assertEquals(List.of(), others());
    }

    @Test
    void targetIsADirectory() throws Exception {
        Path target = Files.createDirectory(dir.resolve("scene.j3o"));
        SceneWriteException e =
                assertThrows(SceneWriteException.class, () -> SceneSaver.saveJ3o(new Node("x"), target));
        assertTrue(e.getMessage().startsWith("scene.j3o: cannot write, the target is a directory"), e.getMessage());
    }

    @Test
    void parentIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notafolder"), "x");
        SceneWriteException e = assertThrows(
                SceneWriteException.class, () -> SceneSaver.saveJ3o(new Node("x"), file.resolve("scene.j3o")));
        assertTrue(
                e.getMessage().startsWith("scene.j3o: cannot create the folder " + file.toAbsolutePath()),
                e.getMessage());
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void readOnlyFolder() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path file = ro.resolve("scene.j3o");
        SceneSaver.saveJ3o(new Geometry("old", IoScenes.cube(true, false, false)), file);
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            // root (as in CI) ignores the mode bits: make the folder immutable instead, which binds root too
            immutable = Files.isWritable(ro) && chattr("+i", ro);
            if (Files.isWritable(ro) && !immutable) {
                // root where chattr is missing or not permitted: root's documented behaviour, the save goes through
                SceneSaver.saveJ3o(new Node("new"), file);
                assertEquals("new", load(file).getName());
                assertEquals(List.of(file), list(ro), "no temporary left");
                return;
            }
            SceneWriteException e =
                    assertThrows(SceneWriteException.class, () -> SceneSaver.saveJ3o(new Node("new"), file));
            assertEquals(
                    "scene.j3o: cannot write into " + ro.toAbsolutePath() + " (permission denied)", e.getMessage());
            assertEquals("old", load(file).getName());
            assertEquals(List.of(file), list(ro), "no temporary left");
        } finally {
            if (immutable) {
                assertTrue(chattr("-i", ro), "chattr -i " + ro);
            }
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Runs {@code chattr flag path}: false if chattr, the file system or the capability (root's) is missing. */
    private static boolean chattr(String flag, Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("chattr", flag, path.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void staleTemporaryOfADeadProcessIsRemoved() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path stale = Files.writeString(dir.resolve(".scene.j3o." + p.pid() + ".1.tmp"), "half");
        Path foreign = Files.writeString(dir.resolve(".scene.j3o.notes.tmp"), "keep");
        Path file = dir.resolve("scene.j3o");
        SceneSaver.saveJ3o(new Node("x"), file);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(foreign));
        assertEquals("x", load(file).getName());
    }

    @Test
    void rejectsNulls() {
        assertInstanceOf(
                NullPointerException.class,
                assertThrows(NullPointerException.class, () -> SceneSaver.saveJ3o(null, dir.resolve("a.j3o"))));
        assertThrows(NullPointerException.class, () -> SceneSaver.saveJ3o(new Node("x"), null));
    }
}
