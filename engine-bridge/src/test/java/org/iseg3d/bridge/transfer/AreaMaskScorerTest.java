package org.iseg3d.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.iseg3d.core.eval.MaskScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --iou area}: the area IoU of a transferred point mask against the triangles' ground-truth parts. */
class AreaMaskScorerTest {

    @TempDir
    Path dir;

    @Test
    void perfectMaskScores100AndAreaDiffersFromPointsOnLargeTriangles() throws Exception {
        LoadedScene scene = new SceneLoader().load(TestGeometry.slabAndTiles(dir));
        TriangleSoup soup = SceneFlattener.flatten(scene);
        PartLabels labels = PartLabels.forModel(scene.file(), soup);
        assertEquals(List.of("slab", "tiles"), labels.partNames());
        SampledShape shape = SurfaceSampler.sample(soup, labels, 1024, 1L);
        AreaMaskScorer area = AreaMaskScorer.of(soup, labels, shape, TransferParams.DEFAULTS);
        int[] partOfPoint = shape.partOfPoint();
        for (int part = 0; part < 2; part++) {
            boolean[] target = new boolean[partOfPoint.length];
            for (int i = 0; i < target.length; i++) {
                target[i] = partOfPoint[i] == part;
            }
            assertEquals(100.0, area.percent(part, target, target.clone()), 1e-9, "perfect mask of part " + part);
            assertEquals(100.0, MaskScorer.POINTS.percent(part, target, target.clone()), 1e-9);
        }
        // the slab's mask missing every 4th of its points: the point IoU drops to about 75, but the two large
        // triangles still carry the slab's label by majority, so its area IoU stays 100
        boolean[] target = new boolean[partOfPoint.length];
        boolean[] mask = new boolean[partOfPoint.length];
        int seen = 0;
        for (int i = 0; i < target.length; i++) {
            target[i] = partOfPoint[i] == 0;
            mask[i] = target[i] && seen++ % 4 != 0;
        }
        double byPoints = MaskScorer.POINTS.percent(0, target, mask);
        double byArea = area.percent(0, target, mask);
        assertEquals(75.0, byPoints, 1.0);
        assertEquals(100.0, byArea, 1e-9);
        // spilling onto the first quarter (x < 1.75) of the finely tiled part: area IoU 1 / 1.25 = 80, up to the
        // sample spacing at the cut
        boolean[] spill = target.clone();
        for (int i = 0; i < spill.length; i++) {
            spill[i] |= partOfPoint[i] == 1 && shape.cloud().x(i) < 1.75f;
        }
        assertEquals(80.0, area.percent(0, target, spill), 2.0);
    }
}
