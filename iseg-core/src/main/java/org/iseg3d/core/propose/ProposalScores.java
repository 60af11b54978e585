package org.iseg3d.core.propose;

/**
 * How well proposals match ground-truth parts (point IoU in percent): for each part its best-matching proposal and
 * for each proposal its best-matching part.
 *
 * @param bestProposalOfPart per part, the proposal with the highest IoU ({@link Proposals#NONE} if none overlaps)
 * @param bestIouOfPart      per part, that IoU (0 if none overlaps)
 * @param bestPartOfProposal per proposal, the part with the highest IoU (-1 if it covers only unlabelled points)
 * @param bestIouOfProposal  per proposal, that IoU
 */
public record ProposalScores(
        int[] bestProposalOfPart, double[] bestIouOfPart, int[] bestPartOfProposal, double[] bestIouOfProposal) {

    /**
     * @param partOfPoint ground-truth part per point, or a negative value for unlabelled points
     * @param parts       number of parts
     */
    public static ProposalScores of(Proposals proposals, int[] partOfPoint, int parts) {
        int n = partOfPoint.length;
        if (n != proposals.pointCount()) {
            throw new IllegalArgumentException(n + " labels for " + proposals.pointCount() + " points");
        }
        int np = proposals.count();
        long[] inter = new long[np * parts];
        long[] partSize = new long[parts];
        for (int i = 0; i < n; i++) {
            int g = partOfPoint[i];
            if (g < 0) {
                continue;
            }
            partSize[g]++;
            int q = proposals.proposalAt(i);
            if (q >= 0) {
                inter[q * parts + g]++;
            }
        }
        int[] bpp = new int[parts];
        double[] bip = new double[parts];
        java.util.Arrays.fill(bpp, Proposals.NONE);
        int[] bppr = new int[np];
        double[] bipr = new double[np];
        java.util.Arrays.fill(bppr, -1);
        for (int q = 0; q < np; q++) {
            long qs = proposals.get(q).size();
            for (int g = 0; g < parts; g++) {
                long in = inter[q * parts + g];
                if (in == 0) {
                    continue;
                }
                double iou = 100.0 * in / (qs + partSize[g] - in);
                if (iou > bip[g]) {
                    bip[g] = iou;
                    bpp[g] = q;
                }
                if (iou > bipr[q]) {
                    bipr[q] = iou;
                    bppr[q] = g;
                }
            }
        }
        return new ProposalScores(bpp, bip, bppr, bipr);
    }

    /** Mean over parts of the best IoU. */
    public double meanBestIou() {
        double s = 0;
        for (double v : bestIouOfPart) {
            s += v;
        }
        return bestIouOfPart.length == 0 ? Double.NaN : s / bestIouOfPart.length;
    }
}
