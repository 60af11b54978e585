package org.iseg3d.bridge.transfer;

import java.util.function.BooleanSupplier;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.core.eval.MaskScorer;

/**
 * Scores a point mask by surface area on the mesh, for {@code iseg3d eval --iou area}: the mask is transferred to
 * the triangles with {@link LabelTransfer} (as the session shows it to a user), and compared with the ground-truth
 * part of every triangle ({@link PartLabels#partOfTriangle()}: {@code _PART}, the defaults or {@code .parts.json};
 * the transfer itself never sees it, nor the Geometries) by {@link AreaIou#binary}.
 * Unlike the point IoU it does not depend on where the samples fell: a part made of a few large triangles counts by
 * its area, not by its share of samples. {@link LabelTransfer#prepare} once per shape, then O(triangles · k) per
 * score. Immutable and thread-safe.
 */
public final class AreaMaskScorer implements MaskScorer {

    private final LabelTransfer transfer;
    private final double[] areas;
    private final int[] partOfTriangle;

    private AreaMaskScorer(LabelTransfer transfer, double[] areas, int[] partOfTriangle) {
        this.transfer = transfer;
        this.areas = areas;
        this.partOfTriangle = partOfTriangle;
    }

    /**
     * @param soup   the flattened model
     * @param labels its ground-truth parts (per triangle)
     * @param shape  the points sampled on {@code soup} that the evaluation clicks on
     */
    public static AreaMaskScorer of(TriangleSoup soup, PartLabels labels, SampledShape shape, TransferParams params) {
        SampleIndex index = SampleIndex.of(shape, soup.geometries().size());
        BooleanSupplier never = () -> false;
        LabelTransfer transfer = LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), params, never);
        return new AreaMaskScorer(transfer, soup.areas(), labels.partOfTriangle());
    }

    /** Ground-truth part per soup triangle (do not modify). */
    public int[] partOfTriangle() {
        return partOfTriangle;
    }

    /** The triangle selection a point mask transfers to. */
    public boolean[] triangles(boolean[] mask) {
        return transfer.transferMask(mask);
    }

    @Override
    public double percent(int part, boolean[] target, boolean[] mask) {
        boolean[] predicted = transfer.transferMask(mask);
        boolean[] truth = new boolean[partOfTriangle.length];
        for (int t = 0; t < truth.length; t++) {
            truth[t] = partOfTriangle[t] == part;
        }
        double iou = AreaIou.binary(areas, predicted, truth);
        return Double.isNaN(iou) ? 100.0 : 100.0 * iou; // both empty: 100, as the point IoU
    }
}
