package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iseg3d.bench.JsonFiles;
import org.iseg3d.bench.Machine;
import org.iseg3d.bench.Methods;
import org.iseg3d.bench.Provenance;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.ShapeReader;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.Proposal;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.core.propose.ProposalScores;
import org.iseg3d.core.propose.Proposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d propose}: the automatic part proposals of a model (clusters of its embedding on the kNN graph), with
 * their sizes and, when the model has parts (node names or {@code .parts.json}), how well they match them.
 */
@Command(
        name = "propose",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Print (and write as JSON) the automatic part proposals of a model.")
final class ProposeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files.")
    List<Path> files;

    @Mixin
    MethodOptions methodOptions = new MethodOptions();

    @Mixin
    AlphaOption alphaOption = new AlphaOption();

    @Option(names = "--link", description = "Largest distance between merged cluster means (default: 1.7 α).")
    Float link;

    @Option(names = "--spread", description = "Largest RMS embedding spread of a proposal (default: α).")
    Float spread;

    @Mixin
    PointsOption pointsOption = new PointsOption();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Mixin
    JsonOption json = new JsonOption();

    private float alpha;
    private int points;
    private long seed;

    /** The JSON file: one report per model and the mean over every model's parts. */
    record Reports(List<Report> models, double meanBestIou, double meanProposals, Provenance provenance) {}

    /** The JSON report (IoU in percent; {@code bestPart} null for a proposal over unlabelled points only). */
    record Report(
            String file,
            String method,
            int points,
            float alpha,
            double embedMs,
            double proposeMs,
            List<Item> proposals,
            List<PartMatch> parts,
            double meanBestIou,
            String machine) {}

    record Item(int id, int points, double share, float[] representative, String bestPart, double iou) {}

    record PartMatch(String name, int points, int bestProposal, double iou) {}

    @Override
    public Integer call() throws Exception {
        alpha = alphaOption.alpha;
        points = pointsOption.value();
        seed = seedOption.value();
        if (points < 64) {
            throw new IllegalArgumentException("--points must be >= 64");
        }
        Embedder embedder = Methods.embedderByName(methodOptions.nameOr("learned"), methodOptions.model);
        ProposalParams base = ProposalParams.forAlpha(alpha);
        PartProposer proposer = new PartProposer(new ProposalParams(
                link != null ? link : base.linkDistance(),
                spread != null ? spread : alpha,
                base.graphNeighbors(),
                base.minFraction(),
                base.minPoints()));
        List<Report> reports = new ArrayList<>();
        double iouSum = 0;
        int partCount = 0;
        for (Path file : files) {
            Report r = propose(file, embedder, proposer);
            print(r);
            reports.add(r);
            for (PartMatch m : r.parts()) {
                iouSum += m.iou();
                partCount++;
            }
        }
        double mean = partCount == 0 ? Double.NaN : round(iouSum / partCount);
        double meanCount = round(
                reports.stream().mapToInt(r -> r.proposals().size()).average().orElse(0));
        if (files.size() > 1) {
            System.out.printf(
                    Locale.ROOT,
                    "%d models: %.1f proposals per model, mean best IoU over %d parts %.1f%n",
                    files.size(),
                    meanCount,
                    partCount,
                    mean);
        }
        if (json.json != null) {
            JsonFiles.write(new Reports(reports, mean, meanCount, Provenance.of(embedder)), json.json);
            System.out.println("JSON: " + json.json);
        }
        return 0;
    }

    private Report propose(Path file, Embedder embedder, PartProposer proposer) throws Exception {
        SampledShape shape = new ShapeReader().read(file, points, seed);
        ShapeContext context = ShapeContext.of(shape.cloud());
        long t0 = System.nanoTime();
        float[] emb = embedder.embed(context.cloud());
        long t1 = System.nanoTime();
        Proposals proposals = proposer.propose(context, emb, embedder.dimension());
        long t2 = System.nanoTime();
        int parts = shape.partNames().size();
        ProposalScores scores = ProposalScores.of(proposals, shape.partOfPoint(), parts);
        int n = shape.size();
        int[] partSize = new int[parts];
        for (int g : shape.partOfPoint()) {
            if (g >= 0) {
                partSize[g]++;
            }
        }
        List<Item> items = new ArrayList<>();
        for (Proposal p : proposals.proposals()) {
            int r = p.representative();
            int g = scores.bestPartOfProposal()[p.id()];
            items.add(new Item(
                    p.id(),
                    p.size(),
                    round(100.0 * p.size() / n),
                    new float[] {
                        shape.cloud().x(r), shape.cloud().y(r), shape.cloud().z(r)
                    },
                    g >= 0 ? shape.partNames().get(g) : null,
                    round(scores.bestIouOfProposal()[p.id()])));
        }
        List<PartMatch> matches = new ArrayList<>();
        for (int g = 0; g < parts; g++) {
            matches.add(new PartMatch(
                    shape.partNames().get(g),
                    partSize[g],
                    scores.bestProposalOfPart()[g],
                    round(scores.bestIouOfPart()[g])));
        }
        return new Report(
                file.toString(),
                embedder.name(),
                n,
                alpha,
                round((t1 - t0) / 1e6),
                round((t2 - t1) / 1e6),
                items,
                matches,
                parts == 0 ? Double.NaN : round(scores.meanBestIou()),
                Machine.describe());
    }

    private static void print(Report r) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d proposals (%s, %d points; embedding %.0f ms, proposals %.1f ms)%n",
                Path.of(r.file()).getFileName(),
                r.proposals().size(),
                r.method(),
                r.points(),
                r.embedMs(),
                r.proposeMs());
        System.out.printf(Locale.ROOT, "  %4s %7s %7s  %-20s %6s%n", "id", "points", "share%", "best part", "IoU");
        for (Item i : r.proposals()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %4d %7d %7.1f  %-20s %6.1f%n",
                    i.id(),
                    i.points(),
                    i.share(),
                    i.bestPart() == null ? "(unlabelled)" : i.bestPart(),
                    i.iou());
        }
        if (!r.parts().isEmpty()) {
            System.out.printf(Locale.ROOT, "  %-20s %7s %9s %6s%n", "part", "points", "proposal", "IoU");
            for (PartMatch m : r.parts()) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-20s %7d %9s %6.1f%n",
                        m.name(),
                        m.points(),
                        m.bestProposal() < 0 ? "-" : Integer.toString(m.bestProposal()),
                        m.iou());
            }
            System.out.printf(
                    Locale.ROOT,
                    "  mean best IoU over %d parts: %.1f%n",
                    r.parts().size(),
                    r.meanBestIou());
        }
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
    }
}
