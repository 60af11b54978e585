package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iseg3d.bench.Methods;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.ShapeReader;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.sim.CenterClickSimulator;
import org.iseg3d.core.sim.PartSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d clicks MODEL --out clicks.json}: writes a click script ({@link ClickScript}) for a model with
 * ground-truth parts (default part names or {@code MODEL.parts.json}) by running the center click simulator on every
 * part, as {@code iseg3d eval} does: up to {@code --clicks-per-part} clicks, stopping at the first click whose point
 * IoU reaches {@code --stop-iou} (else keeping the clicks up to the best IoU). The clicks are the world positions of
 * the clicked sample points, so {@code iseg3d segment} replays them with the same method, points and seed.
 */
@Command(
        name = "clicks",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Write a click script for a model with ground-truth parts, using the center click simulator.")
final class ClicksCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model with ground-truth parts.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "SCRIPT", description = "Click script to write (JSON).")
    Path out;

    @Option(
            names = "--clicks-per-part",
            defaultValue = "8",
            description = "Most clicks per part (default: " + "${DEFAULT-VALUE}).")
    int clicksPerPart;

    @Option(
            names = "--stop-iou",
            defaultValue = "90",
            description = "Stop a part at this point IoU in percent " + "(default: ${DEFAULT-VALUE}).")
    double stopIou;

    @Mixin
    MethodOptions methodOptions = new MethodOptions();

    @Mixin
    AlphaOption alpha = new AlphaOption();

    @Mixin
    PointsOption pointsOption = new PointsOption();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Override
    public Integer call() throws Exception {
        String method = methodOptions.nameOr("xyz");
        int points = pointsOption.value();
        long seed = seedOption.value();
        if (clicksPerPart < 1 || points < 64) {
            throw new IllegalArgumentException("--clicks-per-part must be >= 1 and --points >= 64");
        }
        SegmentationMethod m = Methods.byName(method, methodOptions.model);
        ClickParams params = ClickParams.DEFAULTS.withAlpha(alpha.alpha);
        SampledShape s = new ShapeReader().read(model, points, seed);
        LabeledShape shape = new LabeledShape(model.toString(), "", s.cloud(), s.partOfPoint(), s.partNames());
        ShapeContext context =
                ShapeContext.of(shape.cloud(), Math.max(ShapeContext.DEFAULT_K, params.neighborsNeeded()));
        SegmentationMethod.Prepared prepared = m.prepare(context);
        float[] xyz = s.cloud().xyz();
        int[] counts = shape.pointsPerPart();
        List<ClickScript.PartScript> parts = new ArrayList<>();
        StringBuilder ious = new StringBuilder();
        for (int part = 0; part < counts.length; part++) {
            String name = s.partNames().get(part);
            if (counts[part] == 0) {
                System.err.println("iseg3d: warning: part \"" + name + "\" received no sampled point; not scripted");
                continue;
            }
            PartSimulation.Trace trace = PartSimulation.run(
                    prepared.newSegmenter(params), shape.target(part), new CenterClickSimulator(), clicksPerPart);
            int keep = keptClicks(trace.iou(), stopIou);
            List<ClickScript.ScriptClick> clicks = new ArrayList<>();
            for (Click c :
                    trace.clicks().subList(0, Math.min(keep, trace.clicks().size()))) {
                int i = c.point();
                clicks.add(new ClickScript.ScriptClick(
                        new float[] {xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]}, c.positive()));
            }
            parts.add(new ClickScript.PartScript(name, clicks, List.of()));
            ious.append(ious.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f (%d)", name, trace.iou()[keep - 1], clicks.size()));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(model.getFileName() + ": no part with sampled points");
        }
        ClickScript script =
                new ClickScript(ClickScript.VERSION, String.valueOf(model.getFileName()), method, points, seed, parts);
        script.write(out);
        System.out.printf(
                Locale.ROOT,
                "wrote %s: %d parts, %d clicks (center simulator, method %s); point IoU " + "(clicks): %s%n",
                out,
                parts.size(),
                script.clickCount(),
                method,
                ious);
        return 0;
    }

    /** 1-based number of clicks to keep: the first reaching {@code stop}, else the first with the best IoU. */
    static int keptClicks(double[] iou, double stop) {
        int best = 0;
        for (int k = 0; k < iou.length; k++) {
            if (iou[k] >= stop) {
                return k + 1;
            }
            if (iou[k] > iou[best]) {
                best = k;
            }
        }
        return best + 1;
    }
}
