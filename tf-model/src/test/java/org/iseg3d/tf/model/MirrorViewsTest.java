package org.iseg3d.tf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.net.MirrorViews;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.train.StandInShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MirrorViewsTest {

    private static TfModel model;

    @BeforeAll
    static void build() {
        model = TfModel.create(NetConfig.DEFAULT, 11);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static PointCloud mirrored(PointCloud c) {
        float[] x = c.xyz().clone(), n = c.normals().clone();
        for (int i = 0; i < c.size(); i++) {
            x[3 * i] = -x[3 * i];
            n[3 * i] = -n[3 * i];
        }
        return new PointCloud(x, n);
    }

    @Test
    void twoViewsAreTheNetworkOnTheShapeAndOnItsMirrorImageScaledByOneOverRootTwo() {
        PointCloud c = new StandInShapes(5, 1024, 0).shape(2).cloud();
        int d = model.dimension(), n = c.size();
        float[] one = model.embed(c), mirror = model.embed(mirrored(c)), two = model.embed(c, 2);
        assertEquals(n * 2 * d, two.length);
        float s = (float) Math.sqrt(0.5);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                worst = Math.max(worst, Math.abs(two[i * 2 * d + k] - s * one[i * d + k]));
                worst = Math.max(worst, Math.abs(two[i * 2 * d + d + k] - s * mirror[i * d + k]));
            }
        }
        assertEquals(0, worst, 1e-4, "a view differs from the network run on that view alone");
    }

    @Test
    void theTwoViewEmbeddingIsMirrorInvariantUpToSwappingTheViews() {
        PointCloud c = new StandInShapes(5, 1024, 0).shape(3).cloud();
        int d = model.dimension(), n = c.size();
        float[] a = model.embed(c, 2), b = model.embed(mirrored(c), 2);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                worst = Math.max(worst, Math.abs(a[i * 2 * d + k] - b[i * 2 * d + d + k]));
            }
        }
        assertEquals(0, worst, 1e-4);
    }

    @Test
    void embedderReportsTheCombinedSizeAndRejectsOtherViewCounts() {
        TfEmbedder two = new TfEmbedder(model, null, 2);
        assertEquals(2 * model.dimension(), two.dimension());
        assertEquals(model.dimension(), new TfEmbedder(model, null, 1).dimension());
        assertThrows(IllegalArgumentException.class, () -> new TfEmbedder(model, null, 3));
        assertThrows(IllegalArgumentException.class, () -> MirrorViews.rows(new float[6], 4));
    }
}
