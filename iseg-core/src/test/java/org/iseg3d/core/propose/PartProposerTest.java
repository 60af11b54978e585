package org.iseg3d.core.propose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.knn.NeighborGraph;
import org.junit.jupiter.api.Test;

/** Proposals on hand-made sheets whose parts and embeddings are known. */
class PartProposerTest {

    /** A flat grid of {@code w} × {@code h} points, spacing 0.05, plus optional extra points; normals +z. */
    private static PointCloud sheet(int w, int h, float[] extra) {
        int n = w * h + extra.length / 3;
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                xyz[3 * i] = 0.05f * x;
                xyz[3 * i + 1] = 0.05f * y;
            }
        }
        System.arraycopy(extra, 0, xyz, 3 * w * h, extra.length);
        for (int i = 0; i < n; i++) {
            nrm[3 * i + 2] = 1f;
        }
        return new PointCloud(xyz, nrm);
    }

    /** 2-d embedding: the part's centre plus a deterministic jitter of ±0.05. */
    private static float[] embedding(int[] part, float[][] centres) {
        float[] e = new float[2 * part.length];
        for (int i = 0; i < part.length; i++) {
            e[2 * i] = centres[part[i]][0] + 0.05f * (float) Math.sin(i * 12.9898);
            e[2 * i + 1] = centres[part[i]][1] + 0.05f * (float) Math.cos(i * 78.233);
        }
        return e;
    }

    private static int[] byColumn(int w, int h, int... bounds) {
        int[] part = new int[w * h];
        for (int i = 0; i < part.length; i++) {
            int x = i % w;
            int p = 0;
            while (p < bounds.length && x >= bounds[p]) {
                p++;
            }
            part[i] = p;
        }
        return part;
    }

    private static void assertSameGrouping(int[] expected, Proposals got) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = i + 1; j < expected.length; j += 7) {
                assertEquals(
                        expected[i] == expected[j],
                        got.proposalAt(i) == got.proposalAt(j),
                        "points " + i + " and " + j);
            }
        }
    }

    @Test
    void twoTouchingPartsWithDistinctEmbeddingsAreTwoProposals() {
        int[] part = byColumn(40, 20, 20);
        ShapeContext ctx = ShapeContext.of(sheet(40, 20, new float[0]));
        Proposals p = new PartProposer(ProposalParams.DEFAULTS)
                .propose(ctx, embedding(part, new float[][] {{0, 0}, {1, 0}}), 2);
        assertEquals(2, p.count());
        assertEquals(400, p.get(0).size());
        assertEquals(400, p.get(1).size());
        assertSameGrouping(part, p);
        for (Proposal q : p.proposals()) {
            assertEquals(q.id(), p.proposalAt(q.representative()));
        }
    }

    @Test
    void equalEmbeddingsThatDoNotTouchStaySeparate() {
        // parts 0 and 2 share an embedding but part 1 lies between them: proposals are spatially connected
        int[] part = byColumn(60, 10, 20, 40);
        int[] same = part.clone();
        for (int i = 0; i < same.length; i++) {
            same[i] = part[i] == 2 ? 0 : part[i];
        }
        ShapeContext ctx = ShapeContext.of(sheet(60, 10, new float[0]));
        Proposals p = new PartProposer(ProposalParams.DEFAULTS)
                .propose(ctx, embedding(same, new float[][] {{0, 0}, {1, 0}}), 2);
        assertEquals(3, p.count());
        assertSameGrouping(part, p);
    }

    @Test
    void aPatchBelowTheMinimumSizeJoinsItsNeighbourAndAnIsolatedSpeckGetsNone() {
        int[] part = new int[40 * 20 + 4];
        // a 2x2 patch with its own embedding inside part 0, and 4 far-away points (each one's 3 nearest neighbours
        // are the other 3) with part 0's embedding
        for (int y = 5; y < 7; y++) {
            for (int x = 5; x < 7; x++) {
                part[y * 40 + x] = 1;
            }
        }
        float[] speck = {10f, 10f, 0f, 10.01f, 10f, 0f, 10f, 10.01f, 0f, 10.01f, 10.01f, 0f};
        ShapeContext ctx = ShapeContext.of(sheet(40, 20, speck));
        ProposalParams params = ProposalParams.DEFAULTS;
        assertTrue(params.minSize(part.length) > 4);
        Proposals p = new PartProposer(params).propose(ctx, embedding(part, new float[][] {{0, 0}, {1, 0}}), 2);
        assertEquals(1, p.count());
        assertEquals(800, p.get(0).size(), "the patch joined the sheet");
        for (int i = 800; i < 804; i++) {
            assertEquals(Proposals.NONE, p.proposalAt(i), "isolated speck");
        }
    }

    @Test
    void proposalsAreConnectedOnTheGraphDeterministicAndOrderedBySize() {
        int[] part = byColumn(50, 20, 10, 35);
        ShapeContext ctx = ShapeContext.of(sheet(50, 20, new float[0]));
        float[] emb = embedding(part, new float[][] {{0, 0}, {1, 0}, {0, 1}});
        PartProposer proposer = new PartProposer(ProposalParams.DEFAULTS);
        Proposals a = proposer.propose(ctx, emb, 2);
        Proposals b = proposer.propose(ctx, emb, 2);
        assertArrayEquals(a.proposalOfPoint(), b.proposalOfPoint());
        assertEquals(a.proposals(), b.proposals());
        assertEquals(
                List.of(500, 300, 200),
                a.proposals().stream().map(Proposal::size).toList());
        NeighborGraph g = ctx.graph(ProposalParams.DEFAULTS.graphNeighbors());
        for (Proposal q : a.proposals()) {
            assertEquals(
                    q.size(),
                    reachableWithin(g, a.proposalOfPoint(), q.points()[0]),
                    "proposal " + q.id() + " is one connected piece");
        }
    }

    private static int reachableWithin(NeighborGraph g, int[] label, int start) {
        boolean[] seen = new boolean[label.length];
        int[] queue = new int[label.length];
        int head = 0, tail = 0;
        queue[tail++] = start;
        seen[start] = true;
        while (head < tail) {
            int u = queue[head++];
            for (int k = g.begin(u); k < g.end(u); k++) {
                int v = g.adjacency()[k];
                if (!seen[v] && label[v] == label[start]) {
                    seen[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    @Test
    void scoresMatchPartsByIou() {
        int[] part = byColumn(40, 20, 20);
        ShapeContext ctx = ShapeContext.of(sheet(40, 20, new float[0]));
        Proposals p = new PartProposer(ProposalParams.DEFAULTS)
                .propose(ctx, embedding(part, new float[][] {{0, 0}, {1, 0}}), 2);
        ProposalScores s = ProposalScores.of(p, part, 2);
        assertEquals(100.0, s.bestIouOfPart()[0], 1e-9);
        assertEquals(100.0, s.bestIouOfPart()[1], 1e-9);
        assertEquals(p.proposalAt(0), s.bestProposalOfPart()[0]);
        assertEquals(100.0, s.meanBestIou(), 1e-9);
    }

    @Test
    void cancellationStopsTheWorkAndBadInputIsNamed() {
        ShapeContext ctx = ShapeContext.of(sheet(20, 20, new float[0]));
        PartProposer proposer = new PartProposer(ProposalParams.DEFAULTS);
        assertThrows(CancellationException.class, () -> proposer.propose(ctx, new float[800], 2, () -> true));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> proposer.propose(ctx, new float[799], 2));
        assertTrue(e.getMessage().contains("400 points"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProposalParams(0f, 0.35f, 3, 0.005f, 8));
    }
}
