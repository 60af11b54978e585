package org.iseg3d.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Finds the furniture libraries in what the user gave: a {@code .deb} (unpacked with {@code dpkg-deb -x} into
 * {@code work}), a folder (searched for {@code .sh3f} files and for unpacked libraries, i.e. folders holding a
 * {@code PluginFurnitureCatalog.properties}), or one {@code .sh3f}. Libraries from a {@code -nonfree} package are
 * never used. Also fetches the package with {@code apt-get download}.
 */
public final class LibraryLocator {

    /** The Debian package of the CC0/CC-BY libraries. */
    public static final String PACKAGE = "sweethome3d-furniture";

    private static final Logger LOG = LogManager.getLogger(LibraryLocator.class);

    private LibraryLocator() {}

    /** The libraries (sorted by path) in {@code input}; a .deb is unpacked under {@code work}. */
    public static List<Path> libraries(Path input, Path work) throws IOException {
        Path root = input;
        if (Files.isRegularFile(input) && input.getFileName().toString().endsWith(".deb")) {
            root = work.resolve(input.getFileName().toString().replaceAll("\\.deb$", ""));
            if (!Files.isDirectory(root)) {
                run(List.of("dpkg-deb", "-x", input.toString(), root.toString()), work);
            }
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && name.endsWith(".sh3f")) {
                    found.add(p);
                } else if (Files.isRegularFile(p) && name.equals(Catalog.FILE.toLowerCase(Locale.ROOT))) {
                    found.add(p.getParent());
                }
            });
        }
        return found.stream()
                .filter(p -> !p.toString().toLowerCase(Locale.ROOT).contains("nonfree"))
                .sorted()
                .toList();
    }

    /** Runs {@code apt-get download sweethome3d-furniture} in {@code dir}; returns the .deb. */
    public static Path download(Path dir) throws IOException {
        Files.createDirectories(dir);
        run(List.of("apt-get", "download", PACKAGE), dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PACKAGE + "_")
                            && p.getFileName().toString().endsWith(".deb"))
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException("apt-get download left no " + PACKAGE + " .deb in " + dir));
        }
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Files.createDirectories(dir);
        LOG.info("running {}", String.join(" ", command));
        Process p =
                new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroy();
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
