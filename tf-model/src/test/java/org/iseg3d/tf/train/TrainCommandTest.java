package org.iseg3d.tf.train;

import org.iseg3d.tf.cli.TrainCommand;
import org.iseg3d.tf.model.TfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TrainCommandTest {

    @Test
    void trainsCheckpointsAndResumesAtTheSameDataPosition(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, TrainCommand.run("--steps", "3", "--batch", "2", "--points", "256", "--seed", "4",
                "--out", out.toString()));
        Path first = Checkpointer.resolve(out);
        TrainState s = TrainState.read(first);
        assertEquals(3, s.step());
        assertEquals(6, s.dataPosition());
        assertTrue(Files.size(first.resolve(LossCurvePlot.FILE)) > 0);
        assertTrue(Files.isRegularFile(out.resolve(LossCurvePlot.FILE)));

        assertEquals(0, TrainCommand.run("--resume", out.toString(), "--steps", "12", "--out", out.toString()));
        TrainState r = TrainState.read(Checkpointer.resolve(out));
        assertEquals(12, r.step());
        assertEquals(24, r.dataPosition());
        assertEquals(2, r.batch());
        assertEquals(256, r.points());
        assertEquals(1, r.history().size());   // one window of Trainer.LOG_EVERY steps
        try (TfModel m = TfModel.load(Checkpointer.resolve(out))) {
            assertEquals(32, m.dimension());
        }
        try (var dirs = Files.list(out)) {
            assertEquals(Checkpointer.KEEP, dirs.filter(p -> p.getFileName().toString().startsWith("ckpt-")).count());
        }
    }

    @Test
    void cosineScheduleStartsAtLr0AndEndsAtZero() {
        CosineSchedule c = new CosineSchedule(1e-3f);
        assertEquals(1e-3f, c.at(0), 1e-9f);
        assertEquals(5e-4f, c.at(0.5), 1e-9f);
        assertEquals(0f, c.at(1), 1e-9f);
    }

    @Test
    void standInShapesAreDeterministicByIndex() {
        StandInShapes a = new StandInShapes(1, 128, 0);
        a.next();
        var second = a.next();
        var again = new StandInShapes(1, 128, 1).next();
        assertArrayEquals(second.cloud().xyz(), again.cloud().xyz());
        assertArrayEquals(second.segmentOfPoint(), again.segmentOfPoint());
    }
}
