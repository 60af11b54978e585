package org.iseg3d.cli;

import com.jme3.export.binary.BinaryExporter;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;
import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * Two parts side by side, where point IoU and area IoU differ: "slab", a 1×1 square of only 2 large triangles, and
 * "tiles", a 1×1 square of 40×40 quads; written as a j3o.
 */
final class SlabAndTiles {

    private SlabAndTiles() {}

    static Path write(Path dir) throws Exception {
        Node root = new Node("fixture");
        Geometry tiles = new Geometry("tiles", grid(40));
        tiles.setLocalTranslation(1.5f, 0, 0);
        root.attachChild(new Geometry("slab", grid(1))); // no material: none is needed headless
        root.attachChild(tiles);
        Path file = dir.resolve("slab-and-tiles.j3o");
        BinaryExporter.getInstance().save(root, file.toFile());
        return file;
    }

    /** A flat unit square in the XZ plane of n×n quads, shared vertices, positions and normals. */
    private static Mesh grid(int n) {
        FloatBuffer pos = BufferUtils.createFloatBuffer(3 * (n + 1) * (n + 1));
        FloatBuffer nor = BufferUtils.createFloatBuffer(3 * (n + 1) * (n + 1));
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                pos.put((float) i / n).put(0).put((float) j / n);
                nor.put(0).put(1).put(0);
            }
        }
        pos.flip();
        nor.flip();
        int[] idx = new int[6 * n * n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int a = j * (n + 1) + i, b = a + 1, c = a + n + 1, e = c + 1;
                int[] quad = {a, c, b, b, c, e};
                for (int q : quad) {
                    idx[k++] = q;
                }
            }
        }
        Mesh mesh = new Mesh();
        mesh.setBuffer(VertexBuffer.Type.Position, 3, pos);
        mesh.setBuffer(VertexBuffer.Type.Normal, 3, nor);
        mesh.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createIntBuffer(idx));
        mesh.updateBound();
        mesh.updateCounts();
        return mesh;
    }
}
