package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The large scene: triangle budget, part count, determinism, outward faces. */
class LargeSceneGeneratorTest {

    @Test
    void hitsTheTriangleBudgetWithManyParts() {
        for (int target : new int[] {1000, 50_000, 200_000}) {
            SceneObject s = LargeSceneGenerator.build(target, 3);
            int parts = Math.max(8, target / LargeSceneGenerator.TRIANGLES_PER_PART);
            assertEquals(parts, s.parts().size());
            assertEquals(target, s.triangleCount(), 0.01 * target + 4 * parts, "target " + target);
            assertEquals("part_000", s.parts().get(0).name());
        }
    }

    @Test
    void isDeterministicAndSeeded() throws Exception {
        byte[] a = GlbWriter.toBytes(LargeSceneGenerator.build(20_000, 5));
        assertArrayEquals(a, GlbWriter.toBytes(LargeSceneGenerator.build(20_000, 5)));
        assertNotEquals(
                java.util.Arrays.hashCode(a),
                java.util.Arrays.hashCode(GlbWriter.toBytes(LargeSceneGenerator.build(20_000, 6))));
    }

    @Test
    void facesPointAlongTheVertexNormals() {
        MeshPart p = LargeSceneGenerator.build(20_000, 1).parts().get(3);
        float[] pos = p.positions();
        float[] nor = p.normals();
        int[] idx = p.indices();
        for (int t = 0; t < idx.length; t += 3) {
            int a = 3 * idx[t], b = 3 * idx[t + 1], c = 3 * idx[t + 2];
            double[] u = {pos[b] - pos[a], pos[b + 1] - pos[a + 1], pos[b + 2] - pos[a + 2]};
            double[] v = {pos[c] - pos[a], pos[c + 1] - pos[a + 1], pos[c + 2] - pos[a + 2]};
            double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            double dot = n[0] * nor[a] + n[1] * nor[a + 1] + n[2] * nor[a + 2];
            assertTrue(dot > 0, "triangle " + t / 3 + " is wound inwards");
        }
    }

    @Test
    void rejectsTinyTargets() {
        assertThrows(IllegalArgumentException.class, () -> LargeSceneGenerator.build(10, 1));
    }
}
