package org.iseg3d.core.click;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.cloud.PointCloud;
import org.junit.jupiter.api.Test;

/** The heatmap baseline on three separate cube surfaces: a click selects (most of) its own cube only. */
class HeatmapCubesTest {

    @Test
    void aClickSelectsItsCube() {
        int per = 1365;
        float[] xyz = new float[3 * 3 * per];
        float[] n = new float[xyz.length];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 3 * per; i++) {
            int cube = i / per;
            int face = r.nextInt(6);
            float u = (float) r.nextDouble(), v = (float) r.nextDouble();
            float[] p = new float[3];
            int axis = face / 2;
            p[axis] = face % 2;
            p[(axis + 1) % 3] = u;
            p[(axis + 2) % 3] = v;
            xyz[3 * i] = p[0] + 5 * cube;
            xyz[3 * i + 1] = p[1];
            xyz[3 * i + 2] = p[2];
            n[3 * i + axis] = face % 2 == 0 ? -1 : 1;
        }
        PointCloud cloud = new PointCloud(xyz, n);
        ShapeContext ctx = ShapeContext.of(cloud);
        for (ClickParams p : List.of(
                ClickParams.DEFAULTS,
                ClickParams.DEFAULTS.withOutlierRemoval(false).withSmoothing(false))) {
            Mask m = new ClickSegmenter(ctx, new HeatmapSelection(ctx), p).segment(List.of(Click.positive(per / 2)));
            int inCube = 0, outside = 0;
            for (int i = 0; i < 3 * per; i++) {
                if (m.contains(i)) {
                    if (i < per) {
                        inCube++;
                    } else {
                        outside++;
                    }
                }
            }
            assertEquals(0, outside);
            assertTrue(inCube > 0.9 * per, "selected " + inCube + " of " + per + " with " + p);
        }
    }
}
