package org.iseg3d.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.tf.model.TfModel;
import org.iseg3d.tf.train.Checkpointer;
import org.iseg3d.tf.train.TrainState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iseg3d train} end to end: a few steps, checkpoints, resume at the same data position. */
class TrainCommandTest {

    @Test
    void trainsCheckpointsAndResumesAtTheSameDataPosition(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(
                0,
                CliRun.of(
                                "train",
                                "--steps",
                                "3",
                                "--batch",
                                "2",
                                "--points",
                                "256",
                                "--seed",
                                "4",
                                "--out",
                                out.toString())
                        .code());
        Path first = Checkpointer.resolve(out);
        TrainState s = TrainState.read(first);
        assertEquals(3, s.step());
        assertEquals(6, s.dataPosition());
        assertTrue(Files.size(first.resolve(Checkpointer.LOSS_CURVE)) > 0);
        assertTrue(Files.isRegularFile(out.resolve(Checkpointer.LOSS_CURVE)));

        assertEquals(
                0,
                CliRun.of("train", "--resume", out.toString(), "--steps", "12", "--out", out.toString())
                        .code());
        TrainState r = TrainState.read(Checkpointer.resolve(out));
        assertEquals(12, r.step());
        assertEquals(24, r.dataPosition());
        assertEquals(2, r.batch());
        assertEquals(256, r.points());
        assertEquals(1, r.history().size()); // one window of Trainer.LOG_EVERY steps
        try (TfModel m = TfModel.load(Checkpointer.resolve(out))) {
            assertEquals(32, m.dimension());
        }
        try (var dirs = Files.list(out)) {
            assertEquals(
                    2 /* Checkpointer.KEEP */,
                    dirs.filter(p -> p.getFileName().toString().startsWith("ckpt-"))
                            .count());
        }
    }
}
