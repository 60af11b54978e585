package org.iseg3d.bridge.testutil;

import com.jme3.material.Material;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.shape.Box;
import com.jme3.util.BufferUtils;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small real jME scenes and scene-graph fingerprints for the bridge tests. */
public final class TestGeometry {

    private TestGeometry() {}

    /** A material without an asset manager (fine headless: nothing is rendered). */
    public static Material material() {
        return new Material();
    }

    /** A box Geometry of half-extents (ex, ey, ez) centred at (cx, cy, cz). */
    public static Geometry box(String name, float cx, float cy, float cz, float ex, float ey, float ez) {
        Geometry g = new Geometry(name, new Box(ex, ey, ez));
        g.setLocalTranslation(cx, cy, cz);
        g.setMaterial(material());
        return g;
    }

    /** Node "scene" with boxes "left" at x=-2 and "right" at x=+2 (unit half-extents) and "top" above them. */
    public static Node threeBoxes() {
        Node root = new Node("scene");
        root.attachChild(box("left", -2, 0, 0, 1, 1, 1));
        root.attachChild(box("right", 2, 0, 0, 1, 1, 1));
        root.attachChild(box("top", 0, 2.5f, 0, 3, 0.5f, 1));
        root.updateGeometricState();
        return root;
    }

    /**
     * Node "scene" with three unit cubes (half-extent 0.5) far apart: "left" at x=-4, "right" at x=+4, "top" at
     * y=+4. With the xyz embedder and α = 0.35 a click on one cube selects all of it and nothing else.
     */
    public static Node farBoxes() {
        Node root = new Node("scene");
        root.attachChild(box("left", -4, 0, 0, 0.5f, 0.5f, 0.5f));
        root.attachChild(box("right", 4, 0, 0, 0.5f, 0.5f, 0.5f));
        root.attachChild(box("top", 0, 4, 0, 0.5f, 0.5f, 0.5f));
        root.updateGeometricState();
        return root;
    }

    /**
     * Two parts side by side: "slab", a 1×1 square of only 2 large triangles, and "tiles", a 1×1 square of 40×40
     * quads; written as a real j3o and loaded back.
     */
    public static java.nio.file.Path slabAndTiles(java.nio.file.Path dir) throws Exception {
        Node root = new Node("fixture");
        Geometry slab = new Geometry("slab", TestGeometry.grid(1, 1, 1f, 1f));
        Geometry tiles = new Geometry("tiles", TestGeometry.grid(40, 40, 1f, 1f));
        tiles.setLocalTranslation(1.5f, 0, 0);
        root.attachChild(slab); // no material: the dummy material cannot be saved, and none is needed
        root.attachChild(tiles);
        java.nio.file.Path file = dir.resolve("slab-and-tiles.j3o");
        com.jme3.export.binary.BinaryExporter.getInstance().save(root, file.toFile());
        return file;
    }

    /**
     * A flat grid in the XZ plane, [0,w]×[0,d] at height y, n×m quads (2 triangles each), shared vertices, with
     * positions and normals only.
     */
    public static Mesh grid(int n, int m, float w, float d) {
        FloatBuffer pos = BufferUtils.createFloatBuffer(3 * (n + 1) * (m + 1));
        FloatBuffer nor = BufferUtils.createFloatBuffer(3 * (n + 1) * (m + 1));
        for (int j = 0; j <= m; j++) {
            for (int i = 0; i <= n; i++) {
                pos.put(w * i / n).put(0).put(d * j / m);
                nor.put(0).put(1).put(0);
            }
        }
        pos.flip();
        nor.flip();
        int[] idx = new int[6 * n * m];
        int k = 0;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                int a = j * (n + 1) + i, b = a + 1, c = a + n + 1, e = c + 1;
                idx[k++] = a;
                idx[k++] = c;
                idx[k++] = b;
                idx[k++] = b;
                idx[k++] = c;
                idx[k++] = e;
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

    /** Element {@code e} of a vertex buffer as doubles (components; Half as raw shorts). */
    public static double[] element(VertexBuffer vb, int e) {
        int comps = vb.getNumComponents();
        int width = vb.getFormat() == VertexBuffer.Format.Half ? 2 * comps : comps;
        double[] out = new double[width];
        Buffer b = vb.getData();
        for (int c = 0; c < width; c++) {
            int i = e * width + c;
            if (b instanceof FloatBuffer f) {
                out[c] = f.get(i);
            } else if (b instanceof ByteBuffer f) {
                out[c] = f.get(i);
            } else if (b instanceof ShortBuffer f) {
                out[c] = f.get(i);
            } else if (b instanceof IntBuffer f) {
                out[c] = f.get(i);
            } else if (b instanceof DoubleBuffer f) {
                out[c] = f.get(i);
            }
        }
        return out;
    }

    /** Full contents of a buffer as doubles (null data → null). */
    public static double[] contents(VertexBuffer vb) {
        if (vb.getData() == null) {
            return null;
        }
        int n = vb.getNumElements();
        List<Double> all = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            for (double v : element(vb, e)) {
                all.add(v);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A textual fingerprint of a scene graph: structure, names, transforms, user data, mesh identity and the
     * contents of every vertex buffer. Equal fingerprints = the same scene for our purposes.
     */
    public static String fingerprint(Spatial s) {
        StringBuilder sb = new StringBuilder();
        fingerprint(s, 0, sb);
        return sb.toString();
    }

    private static void fingerprint(Spatial s, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth))
                .append(s.getClass().getSimpleName())
                .append(' ')
                .append(s.getName())
                .append(' ')
                .append(s.getLocalTransform())
                .append(" ud=");
        for (String k : new java.util.TreeSet<>(s.getUserDataKeys())) {
            Object v = s.getUserData(k);
            sb.append(k).append('=').append(v).append(',');
        }
        if (s instanceof Geometry g) {
            Mesh m = g.getMesh();
            sb.append(" mesh@")
                    .append(System.identityHashCode(m))
                    .append(' ')
                    .append(m.getMode())
                    .append(" mat@")
                    .append(System.identityHashCode(g.getMaterial()));
            for (VertexBuffer vb : m.getBufferList()) {
                sb.append("\n")
                        .append("  ".repeat(depth + 1))
                        .append(vb.getBufferType())
                        .append(' ')
                        .append(vb.getFormat())
                        .append(' ')
                        .append(Arrays.hashCode(contents(vb)));
            }
        }
        sb.append('\n');
        if (s instanceof Node n) {
            for (Spatial c : n.getChildren()) {
                fingerprint(c, depth + 1, sb);
            }
        }
    }

    public static Vector3f v(float x, float y, float z) {
        return new Vector3f(x, y, z);
    }
}
