package org.iseg3d.core.finetune;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.metrics.PartResult;
import org.junit.jupiter.api.Test;

class FinetunedEvaluationTest {

    /** A flat square in three strips: the positive ball of the first click spills over the strip borders. */
    private static LabeledShape strips(boolean reversed) {
        PointCloud c = TestClouds.randomBox(1500, 9, 1, 1, 0);
        int[] part = new int[c.size()];
        for (int i = 0; i < c.size(); i++) {
            int p = Math.min(2, (int) (c.x(i) * 3));
            part[i] = reversed ? 2 - p : p;
        }
        List<String> names = reversed ? List.of("right", "middle", "left") : List.of("left", "middle", "right");
        return new LabeledShape("strips", "test", c, part, names);
    }

    private static Map<String, double[]> run(LabeledShape s, SegmentationMethod m, boolean scribbles) {
        ShapeEvaluator ev =
                new ShapeEvaluator(m, ShapeEvaluator.Protocol.CENTER, ClickParams.DEFAULTS, 8, 20, 1, scribbles);
        Map<String, double[]> out = new HashMap<>();
        for (PartResult r : ev.evaluate(s).parts()) {
            out.put(r.part(), r.iou());
        }
        return out;
    }

    @Test
    void fineTuningRunsOnNegativeActionsAndPartsDoNotDependOnTheirOrder() {
        FinetuneParams params = new FinetuneParams(3, 0.5f);
        ScaleEmbedder e = new ScaleEmbedder();
        SegmentationMethod m = SegmentationMethod.finetuned(new FineTuner(e, params, msg -> fail(msg)));
        ShapeEvaluator ev = new ShapeEvaluator(m, ShapeEvaluator.Protocol.CENTER, ClickParams.DEFAULTS, 8, 20, 1);
        ShapeEvaluator.Outcome o = ev.evaluate(strips(false));
        assertTrue(o.finetune().rounds() > 0, "negative clicks happened and were learned from");
        assertTrue(o.finetune().steps() >= o.finetune().rounds()
                && o.finetune().steps() <= 3 * o.finetune().rounds());
        assertEquals(0, o.finetune().rollbacks());

        Map<String, double[]> forward = run(strips(false), m, false);
        Map<String, double[]> backward = run(strips(true), m, false);
        for (String name : forward.keySet()) {
            assertArrayEquals(forward.get(name), backward.get(name), 1e-9, name);
        }
        Map<String, double[]> fixed = run(strips(false), SegmentationMethod.embedding(new ScaleEmbedder()), false);
        boolean differs = fixed.keySet().stream().anyMatch(k -> !java.util.Arrays.equals(fixed.get(k), forward.get(k)));
        assertTrue(differs, "fine-tuning changes some mask");
    }

    @Test
    void scribblesAlsoTriggerFineTuning() {
        ScaleEmbedder e = new ScaleEmbedder();
        SegmentationMethod m = SegmentationMethod.finetuned(new FineTuner(e, new FinetuneParams(2, 0.5f), x -> {}));
        ShapeEvaluator ev = new ShapeEvaluator(m, ShapeEvaluator.Protocol.CENTER, ClickParams.DEFAULTS, 8, 20, 1, true);
        ShapeEvaluator.Outcome o = ev.evaluate(strips(false));
        assertTrue(o.finetune().rounds() > 0);
    }
}
