package org.iseg3d.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of one furniture library: a {@code .sh3f} (a zip) or the folder it was unpacked into. Paths are the
 * catalog's, e.g. {@code /blendswap-cc-by/arbolito/arbolito.obj} (a leading slash is ignored).
 */
public interface LibraryFiles extends Closeable {

    /** The file's bytes as a stream, or empty when there is no such file. */
    Optional<InputStream> open(String path) throws IOException;

    /** Where the library comes from, for messages. */
    Path origin();

    /** Opens a {@code .sh3f}/zip file or a folder. */
    static LibraryFiles of(Path path) throws IOException {
        return Files.isDirectory(path) ? new Folder(path) : new Zip(path, new ZipFile(path.toFile()));
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A library in a zip ({@code .sh3f}). */
    record Zip(Path origin, ZipFile zip) implements LibraryFiles {
        @Override
        public Optional<InputStream> open(String path) throws IOException {
            ZipEntry e = zip.getEntry(strip(path));
            return e == null || e.isDirectory() ? Optional.empty() : Optional.of(zip.getInputStream(e));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** A library unpacked into a folder. */
    record Folder(Path origin) implements LibraryFiles {
        @Override
        public Optional<InputStream> open(String path) throws IOException {
            Path file = origin.resolve(strip(path)).normalize();
            if (!file.startsWith(origin.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        }

        @Override
        public void close() {
            // nothing held open
        }
    }
}
