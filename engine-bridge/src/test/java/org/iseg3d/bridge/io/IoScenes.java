package org.iseg3d.bridge.io;

import com.jme3.asset.DesktopAssetManager;
import com.jme3.asset.plugins.ClasspathLocator;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;

/** Small hand-built jME scenes for the io tests. */
final class IoScenes {

    private static DesktopAssetManager assets;

    private IoScenes() {}

    /** Unit cube [0,1]^3 as 24 vertices (split per face) with normals, UVs and colours; 12 triangles. */
    static Mesh cube(boolean normals, boolean uv, boolean colors) {
        float[][] faces = {
            // origin, u axis, v axis, normal
            {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1}, {1, 0, 0, -1, 0, 0, 0, 1, 0, 0, 0, -1},
            {1, 0, 1, 0, 0, -1, 0, 1, 0, 1, 0, 0}, {0, 0, 0, 0, 0, 1, 0, 1, 0, -1, 0, 0},
            {0, 1, 1, 1, 0, 0, 0, 0, -1, 0, 1, 0}, {0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -1, 0},
        };
        float[] pos = new float[24 * 3];
        float[] nor = new float[24 * 3];
        float[] tex = new float[24 * 2];
        float[] col = new float[24 * 4];
        int[] idx = new int[36];
        float[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (int f = 0; f < 6; f++) {
            float[] d = faces[f];
            for (int c = 0; c < 4; c++) {
                int v = 4 * f + c;
                for (int a = 0; a < 3; a++) {
                    pos[3 * v + a] = d[a] + corners[c][0] * d[3 + a] + corners[c][1] * d[6 + a];
                    nor[3 * v + a] = d[9 + a];
                }
                tex[2 * v] = corners[c][0];
                tex[2 * v + 1] = corners[c][1];
                col[4 * v] = f / 5f;
                col[4 * v + 1] = c / 3f;
                col[4 * v + 2] = 0.5f;
                col[4 * v + 3] = 1f;
            }
            int[] q = {0, 1, 2, 0, 2, 3};
            for (int k = 0; k < 6; k++) {
                idx[6 * f + k] = 4 * f + q[k];
            }
        }
        Mesh m = new Mesh();
        m.setBuffer(VertexBuffer.Type.Position, 3, pos);
        if (normals) {
            m.setBuffer(VertexBuffer.Type.Normal, 3, nor);
        }
        if (uv) {
            m.setBuffer(VertexBuffer.Type.TexCoord, 2, tex);
        }
        if (colors) {
            m.setBuffer(VertexBuffer.Type.Color, 4, col);
        }
        m.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createShortBuffer(toShorts(idx)));
        m.updateBound();
        return m;
    }

    /** A flat grid of n x n quads (2n^2 triangles, (n+1)^2 vertices), positions only, int indices. */
    static Mesh grid(int n) {
        float[] pos = new float[3 * (n + 1) * (n + 1)];
        int[] idx = new int[6 * n * n];
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                int v = j * (n + 1) + i;
                pos[3 * v] = i / (float) n;
                pos[3 * v + 1] = j / (float) n;
                pos[3 * v + 2] = 0.01f * ((i * 31 + j * 17) % 7);
            }
        }
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int a = j * (n + 1) + i;
                idx[k++] = a;
                idx[k++] = a + 1;
                idx[k++] = a + n + 2;
                idx[k++] = a;
                idx[k++] = a + n + 2;
                idx[k++] = a + n + 1;
            }
        }
        Mesh m = new Mesh();
        m.setBuffer(VertexBuffer.Type.Position, 3, pos);
        m.setBuffer(VertexBuffer.Type.Index, 3, idx);
        m.updateBound();
        return m;
    }

    static Geometry labelled(String name, Mesh mesh, String part, int partId) {
        Geometry g = new Geometry(name, mesh);
        if (part != null) {
            g.setUserData(PartUserData.PART, part);
            g.setUserData(PartUserData.PART_ID, partId);
        }
        return g;
    }

    /**
     * What write-back produces: root "chair" with part Nodes "seat" (2 Geometries, id 0, translated) and "back"
     * (1 Geometry, id 1, rotated and scaled), plus an unlabelled Geometry "misc" and a Node without label.
     */
    static Node labelledChair() {
        Node root = new Node("chair");
        Node seat = new Node("seat");
        seat.setUserData(PartUserData.PART, "seat");
        seat.setUserData(PartUserData.PART_ID, 0);
        seat.setLocalTranslation(0, 0.5f, 0);
        seat.attachChild(labelled("seat_0", cube(true, true, true), "seat", 0));
        Geometry cushion = labelled("seat_1", cube(true, false, false), "seat", 0);
        cushion.setLocalTranslation(0, 1, 0);
        cushion.setLocalScale(1, 0.2f, 1);
        seat.attachChild(cushion);
        root.attachChild(seat);

        Node back = new Node("back");
        back.setUserData(PartUserData.PART, "back");
        back.setUserData(PartUserData.PART_ID, 1);
        back.setLocalTranslation(0, 1.5f, -1);
        back.setLocalRotation(new Quaternion().fromAngleAxis(FastMath.PI / 7, Vector3f.UNIT_X));
        back.setLocalScale(1, 2, 0.1f);
        back.attachChild(labelled("back_0", cube(false, true, false), "back", 1));
        root.attachChild(back);

        Node other = new Node("other");
        Geometry misc = new Geometry("misc", grid(3));
        misc.setLocalTranslation(3, 0, 0);
        other.attachChild(misc);
        root.attachChild(other);
        return root;
    }

    /** An Unshaded material of the given colour (material definitions from the classpath). */
    static synchronized Material unshaded(ColorRGBA color) {
        if (assets == null) {
            assets = new DesktopAssetManager((java.net.URL) null);
            assets.registerLocator("/", ClasspathLocator.class);
            assets.registerLoader(com.jme3.material.plugins.J3MLoader.class, "j3m", "j3md");
            assets.registerLoader(com.jme3.shader.plugins.GLSLLoader.class, "vert", "frag", "glsl", "glsllib");
        }
        Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        m.setColor("Color", color);
        return m;
    }

    private static short[] toShorts(int[] idx) {
        short[] s = new short[idx.length];
        for (int i = 0; i < idx.length; i++) {
            s[i] = (short) idx[i];
        }
        return s;
    }
}
