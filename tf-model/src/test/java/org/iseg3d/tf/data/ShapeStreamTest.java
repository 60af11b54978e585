package org.iseg3d.tf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapeStreamTest {

    private final ReshuffleGenerator gen = new ReshuffleGenerator(9, 512);

    @Test
    void shapesComeInIndexOrderAndEqualDirectCalls() throws InterruptedException {
        try (ShapeStream stream = new ShapeStream(gen, 5, 3, 3)) {
            for (int i = 0; i < 14; i++) {
                assertEquals(5 + i, stream.nextIndex());
                assertEquals(gen.shape(5 + i), stream.take());
            }
            assertEquals(19, stream.nextIndex());
        }
    }

    @Test
    void closeStopsAllWorkerThreads() throws InterruptedException {
        ShapeStream stream = new ShapeStream(gen, 0, 4, 2);
        stream.take();
        stream.close();
        stream.close(); // idempotent
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("reshuffle-stream-") && t.isAlive(), t.getName() + " still runs");
        }
        assertThrows(IllegalStateException.class, stream::take);
    }

    @Test
    void argumentsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ShapeStream(gen, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ShapeStream(gen, 0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new ShapeStream(null, 0, 2, 1));
    }
}
