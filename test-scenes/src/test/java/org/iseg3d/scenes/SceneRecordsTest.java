package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SceneRecordsTest {

    private static final float[] TRI = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    private static final float[] UP = {0, 0, 1, 0, 0, 1, 0, 0, 1};

    @Test
    void validPartComputesAreaAndCounts() {
        MeshPart p = new MeshPart("seat", TRI, UP, new int[] {0, 1, 2});
        assertEquals(3, p.vertexCount());
        assertEquals(1, p.triangleCount());
        assertEquals(0.5, p.area(), 1e-9);
    }

    @Test
    void partRejectsInvalidData() {
        assertThrows(IllegalArgumentException.class, () -> new MeshPart(" ", TRI, UP, new int[] {0, 1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MeshPart("a", new float[] {0, 0, 0, 1}, new float[] {0, 0, 1, 0}, new int[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new MeshPart("a", TRI, UP, new int[] {0, 1, 3}));
        assertThrows(IllegalArgumentException.class, () -> new MeshPart("a", TRI, UP, new int[] {0, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MeshPart("a", TRI, new float[] {0, 0, 2, 0, 0, 1, 0, 0, 1}, new int[] {0, 1, 2}));
        float[] nan = TRI.clone();
        nan[4] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> new MeshPart("a", nan, UP, new int[] {0, 1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new MeshPart("a", TRI, new float[6], new int[] {0, 1, 2}));
    }

    @Test
    void partIsDefensivelyCopied() {
        float[] pos = TRI.clone();
        MeshPart p = new MeshPart("a", pos, UP, new int[] {0, 1, 2});
        pos[0] = 42;
        p.positions()[1] = 42;
        assertArrayEquals(TRI, p.positions());
        assertEquals(p, new MeshPart("a", TRI, UP, new int[] {0, 1, 2}));
    }

    @Test
    void objectRejectsDuplicateOrMissingParts() {
        MeshPart a = new MeshPart("leg_1", TRI, UP, new int[] {0, 1, 2});
        assertThrows(IllegalArgumentException.class, () -> new SceneObject("chair", "chair_01", List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> new SceneObject("chair", "chair_01", List.of()));
        SceneObject o = new SceneObject("chair", "chair_01", List.of(a));
        assertEquals(List.of("leg_1"), o.partNames());
        assertEquals(a, o.part("leg_1").orElseThrow());
    }
}
