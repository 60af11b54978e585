package org.iseg3d.core.finetune;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.metrics.PartResult;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.ProposalMethod;
import org.iseg3d.core.propose.ProposalParams;
import org.junit.jupiter.api.Test;

/** Part proposals together with online fine-tuning ({@link ProposalMethod#finetuned}). */
class FinetunedProposalsTest {

    private static LabeledShape strips() {
        PointCloud c = TestClouds.randomBox(1500, 9, 1, 1, 0);
        int[] part = new int[c.size()];
        for (int i = 0; i < c.size(); i++) {
            part[i] = Math.min(2, (int) (c.x(i) * 3));
        }
        return new LabeledShape("strips", "test", c, part, List.of("left", "middle", "right"));
    }

    private static Map<String, double[]> ious(ShapeEvaluator.Outcome o) {
        Map<String, double[]> out = new HashMap<>();
        for (PartResult r : o.parts()) {
            out.put(r.part(), r.iou());
        }
        return out;
    }

    @Test
    void proposalsSurviveFineTuningRoundsAndTheFirstClickIsTheProposalsOwn() {
        PartProposer proposer = new PartProposer(ProposalParams.forAlpha(ClickParams.DEFAULTS.alpha()));
        ScaleEmbedder e = new ScaleEmbedder();
        ShapeEvaluator tuned = new ShapeEvaluator(
                ProposalMethod.finetuned(new FineTuner(e, new FinetuneParams(3, 0.5f), msg -> fail(msg)), proposer),
                ShapeEvaluator.Protocol.CENTER,
                ClickParams.DEFAULTS,
                8,
                20,
                1);
        ShapeEvaluator.Outcome o = tuned.evaluate(strips());
        assertTrue(o.finetune().rounds() > 0, "negative clicks were learned from");
        assertEquals(0, o.finetune().rollbacks());
        assertEquals(
                "scale",
                ProposalMethod.finetuned(
                                new FineTuner(new ScaleEmbedder(), FinetuneParams.DEFAULTS, msg -> {}), proposer)
                        .name());

        ShapeEvaluator fixed = new ShapeEvaluator(
                new ProposalMethod(new ScaleEmbedder(), proposer),
                ShapeEvaluator.Protocol.CENTER,
                ClickParams.DEFAULTS,
                8,
                20,
                1);
        Map<String, double[]> a = ious(o), b = ious(fixed.evaluate(strips()));
        assertEquals(b.keySet(), a.keySet());
        for (String part : a.keySet()) {
            assertEquals(
                    b.get(part)[0],
                    a.get(part)[0],
                    1e-9,
                    part + ": the first (positive) click starts from the same proposal, before any round");
        }
    }
}
