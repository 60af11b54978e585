package org.iseg3d.tf.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.SoupShapes;
import org.junit.jupiter.api.Test;

class DeformationTest {

    @Test
    void strongDeformationsKeepEveryKindFiniteAndNonDegenerate() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (PrimitiveKind kind : PrimitiveKind.values()) {
            for (int k = 0; k < 15; k++) {
                Soup s = PrimitiveFactory.build(
                        kind, rnd, rnd.nextDouble(0.05, 1), rnd.nextDouble(0.05, 1), rnd.nextDouble(0.05, 1));
                double before = s.area();
                Deformation d = Deformation.random(rnd, 1, 1);
                d.apply(s);
                assertTrue(s.isFinite(), kind + " " + d);
                assertTrue(
                        s.area() > 0.3 * before && s.area() < 3 * before, kind + " area " + before + " -> " + s.area());
            }
        }
    }

    @Test
    void identityLeavesTheMeshAloneAndBendingMovesIt() {
        Soup s = new Soup();
        SoupShapes.frustum(s, 0.1, 0.1, 1, 2, 2 * Math.PI, 2);
        float[] before = java.util.Arrays.copyOf(s.corners(), 9 * s.triangleCount());
        Deformation.NONE.apply(s);
        assertArrayEquals(before, java.util.Arrays.copyOf(s.corners(), 9 * s.triangleCount()));
        new Deformation(0, 1.0, 0, 1, 1, 0, 0).apply(s);
        double[] b = s.bounds();
        assertNotEquals(0.2, b[3] - b[0], 0.05); // the rod now curves sideways
        assertEquals(2 * Math.PI * 0.1 * 2, s.area(), 0.15); // bending keeps the side area roughly
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Deformation(2, 0, 0, 1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Deformation(0, 0, 0, 0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Deformation(0, 0, 0, 1, 1, 0.5, 0));
    }
}
