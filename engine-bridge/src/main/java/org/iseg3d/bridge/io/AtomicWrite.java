package org.iseg3d.bridge.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Crash-safe file replacement: the content is written to a hidden temporary file in the target's own folder (same
 * file system, so the final rename is atomic), flushed and fsynced, then moved over the target with
 * {@code ATOMIC_MOVE} + {@code REPLACE_EXISTING}, and the folder is fsynced (best effort). A reader therefore sees
 * either the complete old file or the complete new one, also if the process is killed or the machine loses power
 * mid-write. On any failure the temporary file is removed and the target is untouched. An existing target's POSIX
 * permissions are carried over to the new file.
 */
final class AtomicWrite {

    /** Writes the content to the stream it is given; must not close it. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static final Logger LOG = LogManager.getLogger(AtomicWrite.class);
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final int BUFFER = 1 << 16;

    private AtomicWrite() {}

    /**
     * Atomically replaces {@code target} with what {@code body} writes.
     *
     * @param hook decorates the temporary file's stream (tests: slow or failing streams); identity in production
     * @throws SceneWriteException one line naming the file; the target is unchanged and no temporary file is left
     */
    static void write(Path target, UnaryOperator<OutputStream> hook, Body body) throws SceneWriteException {
        Objects.requireNonNull(target, "target");
        Path abs = target.toAbsolutePath().normalize();
        Path fileName = abs.getFileName();
        if (fileName == null) {
            throw new SceneWriteException(target + ": not a file name");
        }
        String name = fileName.toString();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new SceneWriteException(name + ": cannot write, the target is a directory (" + abs + ")");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SceneWriteException(name + ": cannot create the folder " + dir + " (" + reason(e) + ")", e);
        }
        removeStaleTemporaries(dir, name);
        Path tmp = dir.resolve(
                "." + name + "." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out =
                        hook.apply(new BufferedOutputStream(new NonClosing(Channels.newOutputStream(ch)), BUFFER));
                body.write(out);
                out.flush();
                ch.force(true); // data on disk before the rename makes it visible
            }
            copyPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.warn("{}: the file system cannot rename atomically; replacing non-atomically", abs);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(dir);
        } catch (SceneWriteException e) {
            throw e;
        } catch (IOException e) {
            LOG.debug("{}: write failed", abs, e);
            throw new SceneWriteException(name + ": cannot write into " + dir + " (" + reason(e) + ")", e);
        } catch (RuntimeException e) {
            LOG.debug("{}: write failed", abs, e);
            throw new SceneWriteException(
                    name + ": could not be written (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("{}: could not remove the temporary file {} ({})", abs, tmp, e.getMessage());
                }
            }
        }
    }

    /**
     * Deletes temporary files {@code .<name>.<pid>.<n>.tmp} of this target left by processes that no longer run
     * (killed mid-write). Best effort.
     */
    private static void removeStaleTemporaries(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String f = p.getFileName().toString();
            return f.startsWith(prefix) && f.endsWith(".tmp");
        })) {
            for (Path p : files) {
                String[] rest =
                        p.getFileName().toString().substring(prefix.length()).split("\\.");
                if (rest.length != 3) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(rest[0]);
                    Long.parseLong(rest[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(p);
                    LOG.info("{}: removed {} left by an interrupted save", dir.resolve(name), p.getFileName());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: stale temporary files not checked ({})", dir, e.getMessage());
        }
    }

    /** A short human-readable reason for a file-system failure. */
    static String reason(IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        String other = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : msg;
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "disk full";
        }
        if (e instanceof AccessDeniedException || lower.contains("operation not permitted")) { // EACCES, EPERM
            return "permission denied";
        }
        if (e instanceof NotDirectoryException
                || e instanceof FileAlreadyExistsException
                || lower.contains("not a directory")) {
            return "a path element is a file, not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "folder does not exist";
        }
        return e.getClass().getSimpleName() + (other.isEmpty() ? "" : ": " + other);
    }

    private static void copyPermissions(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try {
            PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (src != null && dst != null) {
                dst.setPermissions(src.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("{}: permissions not copied ({})", to, e.getMessage());
        }
    }

    /** fsyncs the folder so the rename itself survives a crash (Linux; a no-op where folders cannot be opened). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.trace("{}: folder not fsynced ({})", dir, e.getMessage());
        }
    }

    /** Keeps writers that close their stream (jgltf) from closing the channel before it is fsynced. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
