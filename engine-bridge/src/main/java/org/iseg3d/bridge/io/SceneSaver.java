package org.iseg3d.bridge.io;

import com.jme3.export.binary.BinaryExporter;
import com.jme3.scene.Spatial;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Saves a jME scene graph as a j3o file, atomically: jME's {@link BinaryExporter} writes to a temporary file in the
 * target's folder, which is fsynced and then renamed over the target ({@code ATOMIC_MOVE}, {@code REPLACE_EXISTING}).
 * A crash, a kill or a full disk at any moment leaves the previous file intact and no temporary file behind (a
 * {@code kill -9} can leave a hidden {@code .<name>.<pid>.<n>.tmp}, never a half-written target).
 *
 * <p>Everything the spatial's {@code write} stores is kept, including user data such as
 * {@link PartUserData#PART} / {@link PartUserData#PART_ID}. Stateless and thread-safe; the scene must not be
 * modified while it is saved (call from the render thread, or on a detached copy).
 */
public final class SceneSaver {

    private static final Logger LOG = LogManager.getLogger(SceneSaver.class);

    private SceneSaver() {}

    /**
     * Writes {@code scene} to {@code file} (any name; {@code .j3o} by convention).
     *
     * @throws SceneWriteException one line naming the file (read-only or missing folder, disk full, target is a
     *                             directory, the exporter failed); the target is unchanged
     */
    public static void saveJ3o(Spatial scene, Path file) throws SceneWriteException {
        saveJ3o(scene, file, UnaryOperator.identity());
    }

    /** {@link #saveJ3o(Spatial, Path)} with a decorated output stream (tests: slow or failing streams). */
    static void saveJ3o(Spatial scene, Path file, UnaryOperator<OutputStream> hook) throws SceneWriteException {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(file, "file");
        long t0 = System.nanoTime();
        AtomicWrite.write(file, hook, out -> new BinaryExporter().save(scene, out));
        LOG.debug("{}: saved j3o in {} ms", file, (System.nanoTime() - t0) / 1_000_000);
    }
}
