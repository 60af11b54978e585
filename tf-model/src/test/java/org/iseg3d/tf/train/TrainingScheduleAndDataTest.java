package org.iseg3d.tf.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Training pieces without TensorFlow: the learning-rate schedule and the stand-in data. (Training itself, through
 * {@code iseg3d train}, is tested in iseg-cli.) */
class TrainingScheduleAndDataTest {

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
