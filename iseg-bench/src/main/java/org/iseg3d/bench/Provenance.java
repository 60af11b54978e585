package org.iseg3d.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;

/**
 * Where a result came from, written as {@code provenance} into every JSON of eval, bench, soak and propose:
 * the repository's commit ({@code git rev-parse HEAD}, {@code "unknown"} without git) and whether the work tree had
 * uncommitted changes to tracked files ({@code dirty}, null if unknown), the SHA-256 of the learned model's folder
 * ({@link #modelSha256(Path)}; null for the other methods) and the machine ({@link Machine#describe()}).
 *
 * <p>The repository is the folder of the system property {@value #ROOT_PROPERTY} (set by the {@code iseg3d}
 * launcher), else the working directory.
 */
public record Provenance(String commit, Boolean dirty, String modelSha256, String machine) {

    /** System property naming the repository folder whose commit is recorded. */
    public static final String ROOT_PROPERTY = "iseg3d.root";

    /** The provenance of a run with this embedder (null for methods without one, e.g. heatmap). */
    public static Provenance of(Object embedder) {
        Path folder = modelFolder(embedder);
        Path root = Path.of(System.getProperty(ROOT_PROPERTY, System.getProperty("user.dir")));
        String commit = git(root, "rev-parse", "HEAD");
        String status = commit == null ? null : git(root, "status", "--porcelain", "--untracked-files=no");
        return new Provenance(
                commit == null ? "unknown" : commit,
                status == null ? null : !status.isEmpty(),
                folder == null ? null : modelSha256(folder),
                Machine.describe());
    }

    /**
     * SHA-256 over a model folder: its regular files sorted by relative path ({@code /}-separated), for each the
     * path's UTF-8 bytes, a zero byte, then the file's bytes. Hex, lower case.
     */
    public static String modelSha256(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .sorted((a, b) -> rel(folder, a).compareTo(rel(folder, b)))
                    .toList();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                md.update(rel(folder, f).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                    while (in.read(buf) >= 0) {
                        // the digest stream hashes what is read
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(folder + ": cannot hash the model folder", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rel(Path folder, Path f) {
        return folder.relativize(f).toString().replace('\\', '/');
    }

    /**
     * The model folder of a learned embedder: its public {@code folder()} (tf-model's {@code TfEmbedder}, found by
     * reflection because the harness reaches the learned method only through {@code ServiceLoader}); null otherwise.
     */
    static Path modelFolder(Object embedder) {
        if (embedder == null) {
            return null;
        }
        try {
            Method m = embedder.getClass().getMethod("folder");
            return m.invoke(embedder) instanceof Path p && Files.isDirectory(p) ? p : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The trimmed output of a git command in {@code dir}, or null if git is missing or fails. */
    private static String git(Path dir, String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            LogManager.getLogger(Provenance.class).debug("git unavailable: {}", e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
