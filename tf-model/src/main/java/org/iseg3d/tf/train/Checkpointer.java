package org.iseg3d.tf.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.tf.model.TfModel;

/**
 * Writes checkpoints atomically into an output folder: the SavedModel, {@value TrainState#FILE} and
 * the extras of the caller's hook (e.g. the CLI's {@value #LOSS_CURVE}) go to a temporary folder which is then renamed to {@code ckpt-<step>}; the file
 * {@value #LATEST} (replaced atomically) names the newest one, and only the newest {@value #KEEP} are kept. An
 * interrupted write leaves at most a {@code .tmp-*} folder behind, never a half checkpoint. Not thread-safe.
 */
public final class Checkpointer {

    public static final String LATEST = "latest";
    /** The loss-curve picture the CLI's hook draws into each checkpoint; copied to the output folder too. */
    public static final String LOSS_CURVE = "loss-curve.png";

    static final int KEEP = 2;

    private static final Logger LOG = LogManager.getLogger(Checkpointer.class);

    /** Writes extra files (a plot, …) into a checkpoint's folder before it is renamed into place. */
    @FunctionalInterface
    public interface Extras {
        void write(Path folder, TrainState state) throws IOException;
    }

    private final Path out;
    private final Extras extras;

    public Checkpointer(Path out) throws IOException {
        this(out, (folder, state) -> {});
    }

    public Checkpointer(Path out, Extras extras) throws IOException {
        this.out = out.toAbsolutePath();
        this.extras = extras;
        Files.createDirectories(this.out);
    }

    /** Saves and returns the checkpoint folder. */
    public Path save(TfModel model, TrainState state) throws IOException {
        String name = String.format("ckpt-%07d", state.step());
        Path tmp = out.resolve(".tmp-" + name + "-" + System.nanoTime());
        model.export(tmp);
        state.write(tmp);
        extras.write(tmp, state);
        Path target = out.resolve(name);
        if (Files.exists(target)) {
            Path old = out.resolve(".old-" + name + "-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        Path latestTmp = out.resolve(".latest.tmp");
        Files.writeString(latestTmp, name + "\n", StandardCharsets.UTF_8);
        Files.move(latestTmp, out.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (Files.isRegularFile(target.resolve(LOSS_CURVE))) {
            Files.copy(target.resolve(LOSS_CURVE), out.resolve(LOSS_CURVE), StandardCopyOption.REPLACE_EXISTING);
        }
        prune();
        LOG.info("checkpoint {}", target);
        return target;
    }

    /** A checkpoint folder, or an output folder whose {@value #LATEST} names one. */
    public static Path resolve(Path dirOrOut) throws IOException {
        if (Files.isRegularFile(dirOrOut.resolve("saved_model.pb"))) {
            return dirOrOut;
        }
        Path latest = dirOrOut.resolve(LATEST);
        if (Files.isRegularFile(latest)) {
            return dirOrOut.resolve(
                    Files.readString(latest, StandardCharsets.UTF_8).strip());
        }
        throw new IOException(dirOrOut + " is neither a checkpoint (saved_model.pb) nor a training output folder ("
                + LATEST + " file)");
    }

    private void prune() throws IOException {
        List<Path> ckpts;
        try (Stream<Path> s = Files.list(out)) {
            ckpts = s.filter(p -> p.getFileName().toString().startsWith("ckpt-"))
                    .sorted()
                    .toList();
        }
        for (int i = 0; i < ckpts.size() - KEEP; i++) {
            deleteTree(ckpts.get(i));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
