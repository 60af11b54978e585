package org.iseg3d.bench;

import java.nio.file.Path;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.finetune.FinetuneParams;

/**
 * What one benchmark run ({@code iseg3d eval}) measures: the method ({@code learned}, {@code fpfh}, {@code heatmap},
 * {@code xyz}; {@code model} the learned model's folder or null for the shipped one), the simulated user's protocol
 * ({@code center} or {@code greedy}), how IoU is measured ({@code points} or {@code area}), the click budget, the
 * sampling, the click mechanism, online fine-tuning (applied only to a model that can fine-tune), scribbles, part
 * proposals (a second run with them) and the number of shapes evaluated in parallel.
 */
public record EvalSettings(
        String method,
        Path model,
        String protocol,
        String iou,
        int clicks,
        int points,
        long seed,
        ClickParams params,
        FinetuneParams finetune,
        boolean scribbles,
        boolean proposals,
        int threads,
        MeshSettings mesh) {

    /** The settings without mesh options: points only, the old part floor (as before issue 12). */
    public EvalSettings(
            String method,
            Path model,
            String protocol,
            String iou,
            int clicks,
            int points,
            long seed,
            ClickParams params,
            FinetuneParams finetune,
            boolean scribbles,
            boolean proposals,
            int threads) {
        this(
                method,
                model,
                protocol,
                iou,
                clicks,
                points,
                seed,
                params,
                finetune,
                scribbles,
                proposals,
                threads,
                MeshSettings.POINTS_ONLY);
    }

    /** Checks the values that the command line cannot (one message naming the option). */
    public EvalSettings {
        protocolOf(protocol);
        if (!"points".equals(iou) && !"area".equals(iou)) {
            throw new IllegalArgumentException("unknown --iou '" + iou + "'; choose points or area");
        }
        if (clicks < 1 || points < 64) {
            throw new IllegalArgumentException("--clicks must be >= 1 and --points >= 64");
        }
        threads = Math.max(1, threads);
        mesh = mesh == null ? MeshSettings.POINTS_ONLY : mesh;
    }

    /** The simulator protocol of a name. */
    static ShapeEvaluator.Protocol protocolOf(String name) {
        return switch (name) {
            case "center" -> ShapeEvaluator.Protocol.CENTER;
            case "greedy" -> ShapeEvaluator.Protocol.GREEDY;
            default -> throw new IllegalArgumentException("unknown --protocol '" + name + "'; choose center or greedy");
        };
    }
}
