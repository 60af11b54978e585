package org.iseg3d.editor.view;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;
import java.nio.FloatBuffer;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * The overlay drawn over the model: the session's world-space triangles, unindexed, coloured per triangle with
 * alpha blending and a polygon offset so it lies on the surface. Render thread only.
 */
final class OverlayMesh {

    private OverlayMesh() {}

    static Geometry create(TriangleSoup soup, AssetManager assets) {
        int n = soup.triangleCount();
        Mesh mesh = new Mesh();
        mesh.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(soup.positions()));
        mesh.setBuffer(VertexBuffer.Type.Color, 4, BufferUtils.createFloatBuffer(12 * n));
        mesh.getBuffer(VertexBuffer.Type.Color).setUsage(VertexBuffer.Usage.Stream);
        mesh.updateBound();
        Geometry g = new Geometry("iseg3d-overlay", mesh);
        Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        m.setBoolean("VertexColor", true);
        RenderState rs = m.getAdditionalRenderState();
        rs.setBlendMode(RenderState.BlendMode.Alpha);
        rs.setFaceCullMode(RenderState.FaceCullMode.Off);
        rs.setDepthWrite(false);
        rs.setPolyOffset(-2f, -2f);
        g.setMaterial(m);
        g.setQueueBucket(RenderQueue.Bucket.Transparent);
        return g;
    }

    /** Copies RGBA per triangle to the 3 vertices of each triangle. */
    static void setColours(Geometry g, float[] rgbaPerTriangle) {
        VertexBuffer vb = g.getMesh().getBuffer(VertexBuffer.Type.Color);
        FloatBuffer fb = (FloatBuffer) vb.getData();
        fb.clear();
        int n = rgbaPerTriangle.length / 4;
        if (fb.capacity() != 12 * n) {
            return;
        }
        for (int t = 0; t < n; t++) {
            int o = 4 * t;
            for (int v = 0; v < 3; v++) {
                fb.put(rgbaPerTriangle, o, 4);
            }
        }
        fb.flip();
        vb.updateData(fb);
    }
}
