package org.iseg3d.tf.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.modelclient.ModelException;

/**
 * The default model shipped inside the jar under {@value #RESOURCE_DIR}, extracted on first use to
 * {@code <cache>/iseg3d/model-<sha256 prefix>} (cache = {@code -Diseg3d.cache}, else {@code $XDG_CACHE_HOME}, else
 * {@code ~/.cache}). The folder's files are listed in {@value #FILE_LIST} because jar folders cannot be listed.
 * Extraction writes to a temporary folder and renames it, so concurrent first uses are safe.
 */
public final class ShippedModel {

    public static final String RESOURCE_DIR = "org/iseg3d/tf/shipped-model/";
    public static final String FILE_LIST = "FILES";

    private static final Logger LOG = LogManager.getLogger(ShippedModel.class);

    private ShippedModel() {}

    /** The extracted folder of the shipped model. */
    public static Path folder() {
        List<String> files = fileList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : files) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update(read(f));
            }
            String id = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            Path target = cacheRoot().resolve("model-" + id);
            if (Files.isRegularFile(target.resolve("saved_model.pb"))) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), ".model-" + id + "-");
            for (String f : files) {
                Path out = tmp.resolve(f);
                Files.createDirectories(out.getParent());
                Files.write(out, read(f));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("shipped model extracted to {}", target);
            } catch (FileAlreadyExistsException
                    | AtomicMoveNotSupportedException
                    | java.nio.file.DirectoryNotEmptyException e) {
                deleteTree(tmp); // another process won the race
            }
            return target;
        } catch (IOException e) {
            throw new ModelException(
                    "cannot extract the shipped model to " + cacheRoot() + " (" + e.getMessage()
                            + "): make the folder writable, set -Diseg3d.cache=DIR, or pass --model DIR",
                    e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path cacheRoot() {
        String prop = System.getProperty("iseg3d.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("iseg3d");
    }

    private static List<String> fileList() {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + FILE_LIST)) {
            if (in == null) {
                throw new ModelException("no shipped model in this build (resource " + RESOURCE_DIR + FILE_LIST
                        + " missing): pass --model DIR with a checkpoint of iseg3d train");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE_DIR + file + " missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
