package org.iseg3d.bridge.load;

import com.jme3.asset.AssetNotFoundException;
import com.jme3.asset.ModelKey;
import com.jme3.scene.Spatial;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Loads a model file headless (no display, no LWJGL) into a jME scene graph.
 *
 * <p>Formats: {@code .j3o}, {@code .glb}, {@code .gltf}, {@code .obj}, Ogre {@code .mesh.xml} (see
 * {@link ModelFormat}). Every call uses a fresh asset manager (so a file changed on disk is re-read) with a file
 * locator rooted at the model's folder, and loads the model by its file name. Missing textures, .mtl, .material and
 * material definitions are reported as {@link LoadedScene#warnings() warnings} and never stop the geometry from
 * loading.
 *
 * <p>Every failure is a {@link ModelLoadException} with a one-line message naming the file; the jME exception is
 * attached as the cause and logged at debug level. Files are sanity-checked before they reach jME (empty file,
 * bad magic, truncated glTF binary chunks, non-text OBJ), and the jME loader itself runs on a worker thread with a
 * timeout so garbage input cannot hang the caller.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SceneLoader {

    /** Default limit on one jME load call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final Logger LOG = LogManager.getLogger(SceneLoader.class);
    private static final int GLB_MAGIC = 0x46546C67; // "glTF"
    private static final int GLB_JSON = 0x4E4F534A; // "JSON"

    private final Duration timeout;

    public SceneLoader() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param timeout the longest one jME load may take before it is abandoned with an error */
    public SceneLoader(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = timeout;
    }

    /**
     * Loads {@code file}.
     *
     * @throws ModelLoadException unsupported extension, missing/unreadable/empty file, corrupt or truncated data,
     *                            loader failure or time-out
     */
    public LoadedScene load(Path file) throws ModelLoadException {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        if (fileName == null) {
            throw new ModelLoadException(file + ": not a file name");
        }
        String name = fileName.toString();
        ModelFormat format = ModelFormat.of(file)
                .orElseThrow(() -> new ModelLoadException(
                        name + ": unsupported file type (supported: " + ModelFormat.supportedList() + ")"));
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new ModelLoadException(name + ": file not found (" + abs + ")");
        }
        if (!Files.isRegularFile(abs)) {
            throw new ModelLoadException(name + ": not a regular file (" + abs + ")");
        }
        if (!Files.isReadable(abs)) {
            throw new ModelLoadException(name + ": file cannot be read (" + abs + ")");
        }
        long size;
        try {
            size = Files.size(abs);
        } catch (IOException e) {
            throw new ModelLoadException(name + ": file cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new ModelLoadException(name + ": file is empty");
        }
        precheck(abs, name, format, size);

        LenientAssetManager assets = new LenientAssetManager(abs.getParent(), name);
        Spatial root = runWithTimeout(name, format, () -> assets.loadModel(new ModelKey(name)));
        if (root == null) {
            throw new ModelLoadException(name + ": the " + format.description() + " loader returned no scene");
        }
        checkGraph(root, name, format);
        LOG.debug(
                "{}: loaded as {} ({} warnings)",
                name,
                format,
                assets.warnings().size());
        return new LoadedScene(abs, format, root, assets.warnings());
    }

    /**
     * Rejects scene graphs that jME built from corrupt data without an error (its {@code BinaryImporter} logs and
     * returns null for objects it cannot read): a spatial without transform, a Geometry without mesh; then updates
     * the geometric state, turning any failure there (e.g. a bound without centre) into a ModelLoadException.
     */
    private static void checkGraph(Spatial root, String name, ModelFormat format) throws ModelLoadException {
        String corrupt = "corrupt " + format.description() + " file";
        for (NodePaths.Entry e : NodePaths.geometries(root)) {
            if (e.geometry().getMesh() == null) {
                throw new ModelLoadException(name + ": " + corrupt + " (geometry '" + e.path()
                        + "' has no mesh, its data could not be read)");
            }
        }
        String[] missing = {null};
        root.depthFirstTraversal(s -> {
            if (missing[0] == null && s.getLocalTransform() == null) {
                missing[0] = s.getName();
            }
        });
        if (missing[0] != null) {
            throw new ModelLoadException(name + ": " + corrupt + " (spatial '" + missing[0]
                    + "' has no transform, its data could not be read)");
        }
        try {
            root.updateGeometricState();
        } catch (RuntimeException e) {
            LOG.debug("{}: updateGeometricState failed", name, e);
            throw new ModelLoadException(name + ": " + corrupt + " (the scene graph is inconsistent: " + e + ")", e);
        }
    }

    // ---------------------------------------------------------------- pre-checks

    private static void precheck(Path file, String name, ModelFormat format, long size) throws ModelLoadException {
        try {
            switch (format) {
                case GLB -> checkGlb(file, name, size);
                case J3O -> checkJ3o(file, name, size);
                case GLTF -> {
                    checkTextStart(file, name, format, '{');
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        checkNodeHierarchy(GltfGraphCheck.problem(r), name, format);
                    }
                }
                case OGRE_MESH_XML -> checkTextStart(file, name, format, '<');
                case OBJ -> checkText(file, name, format);
                default -> {}
            }
        } catch (IOException e) {
            throw new ModelLoadException(name + ": file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Validates the GLB header and chunk table so jME never reads past the end or allocates absurd chunks. */
    private static void checkGlb(Path file, String name, long size) throws IOException, ModelLoadException {
        String bad = name + ": not a valid glTF binary";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (size < 12) {
                throw new ModelLoadException(bad + " (truncated at byte " + size + ", the header needs 12)");
            }
            ByteBuffer header = read(ch, 0, 12);
            int magic = header.getInt();
            int version = header.getInt();
            long length = Integer.toUnsignedLong(header.getInt());
            if (magic != GLB_MAGIC) {
                throw new ModelLoadException(bad + " (wrong magic number, expected 'glTF')");
            }
            if (version != 2) {
                throw new ModelLoadException(name + ": unsupported glTF binary version " + version + " (need 2)");
            }
            if (length > size) {
                throw new ModelLoadException(
                        bad + " (truncated at byte " + size + ", header declares " + length + " bytes)");
            }
            long pos = 12;
            int chunk = 0;
            while (pos < length) {
                if (pos + 8 > length) {
                    throw new ModelLoadException(
                            bad + " (truncated at byte " + length + " inside chunk header " + chunk + ")");
                }
                ByteBuffer ch8 = read(ch, pos, 8);
                long chunkLength = Integer.toUnsignedLong(ch8.getInt());
                int type = ch8.getInt();
                if (chunk == 0 && type != GLB_JSON) {
                    throw new ModelLoadException(bad + " (first chunk is not JSON)");
                }
                if (pos + 8 + chunkLength > length) {
                    throw new ModelLoadException(bad + " (truncated at byte " + length + ", chunk " + chunk
                            + " at byte " + pos + " declares " + chunkLength + " bytes)");
                }
                pos += 8 + chunkLength;
                chunk++;
            }
            if (chunk == 0) {
                throw new ModelLoadException(bad + " (no JSON chunk)");
            }
            long jsonLength = Integer.toUnsignedLong(read(ch, 12, 4).getInt());
            try (Reader r = new InputStreamReader(
                    new BoundedInput(Channels.newInputStream(ch.position(20)), jsonLength), StandardCharsets.UTF_8)) {
                checkNodeHierarchy(GltfGraphCheck.problem(r), name, ModelFormat.GLB);
            }
        }
    }

    private static void checkNodeHierarchy(String problem, String name, ModelFormat format) throws ModelLoadException {
        if (problem != null) {
            throw new ModelLoadException(name + ": not a valid " + format.description() + " file (" + problem + ")");
        }
    }

    /** Reads at most {@code limit} bytes of a stream (the GLB JSON chunk). */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;

        BoundedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private static void checkJ3o(Path file, String name, long size) throws IOException, ModelLoadException {
        String problem = J3oCheck.problem(file, size);
        if (problem != null) {
            throw new ModelLoadException(name + ": not a valid jME binary (.j3o) file (" + problem + ")");
        }
    }

    private static void checkTextStart(Path file, String name, ModelFormat format, char expected)
            throws IOException, ModelLoadException {
        byte[] head = head(file, 4096);
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 BOM
        }
        while (i < head.length && Character.isWhitespace((char) (head[i] & 0xFF))) {
            i++;
        }
        if (i >= head.length) {
            throw new ModelLoadException(name + ": not a valid " + format.description() + " file (only whitespace)");
        }
        if (head[i] != expected) {
            throw new ModelLoadException(
                    name + ": not a valid " + format.description() + " file (does not start with '" + expected + "')");
        }
    }

    private static void checkText(Path file, String name, ModelFormat format) throws IOException, ModelLoadException {
        byte[] head = head(file, 4096);
        for (byte b : head) {
            if (b == 0) {
                throw new ModelLoadException(
                        name + ": not a valid " + format.description() + " file (binary data, expected text)");
            }
        }
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new EOFException();
            }
        }
        return b.flip();
    }

    // ---------------------------------------------------------------- running jME

    private interface Load {
        Spatial run() throws Exception;
    }

    private Spatial runWithTimeout(String name, ModelFormat format, Load load) throws ModelLoadException {
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "iseg3d-load-" + name);
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Spatial> f = exec.submit(load::run);
            try {
                return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw new ModelLoadException(
                        name + ": loading timed out after " + timeout.toSeconds() + " s (corrupt "
                                + format.description() + " file?)",
                        e);
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new ModelLoadException(name + ": loading was interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.debug("{}: jME failed to load the file", name, cause);
                throw new ModelLoadException(describe(name, format, cause), cause);
            }
        } finally {
            exec.shutdownNow();
        }
    }

    /** Turns a jME loader failure into one line naming the file and the problem. */
    static String describe(String name, ModelFormat format, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        if (root instanceof OutOfMemoryError) {
            return name + ": corrupt " + format.description() + " file (declares more data than fits in memory)";
        }
        if (root instanceof EOFException || root instanceof BufferUnderflowException) {
            return name + ": " + format.description() + " file is truncated or corrupt (" + detail + ")";
        }
        if (root instanceof AssetNotFoundException) {
            return name + ": a file it depends on is missing (" + root.getMessage() + ")";
        }
        if (root instanceof org.xml.sax.SAXParseException sax) {
            return name + ": not a valid " + format.description() + " file (XML error at line " + sax.getLineNumber()
                    + ": " + sax.getMessage() + ")";
        }
        String cls = root.getClass().getName();
        if (cls.startsWith("com.google.gson.")) {
            return name + ": not a valid " + format.description() + " file (bad JSON: " + root.getMessage() + ")";
        }
        return name + ": could not be loaded as " + format.description() + " (" + detail + ")";
    }
}
