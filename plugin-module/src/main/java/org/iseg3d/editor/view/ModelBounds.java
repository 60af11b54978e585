package org.iseg3d.editor.view;

import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import java.nio.FloatBuffer;

/**
 * A tight bounding sphere of a model, from its vertices in world space (the scene graph's merged bounds can be far
 * larger than the mesh: spheres merged with boxes, empty nodes, skinning bounds), so a model opens filling the view.
 * Render thread (reads the live graph).
 *
 * @param centre the centre of the vertices' axis-aligned box
 * @param radius the largest distance of a vertex from it
 */
record ModelBounds(Vector3f centre, float radius) {

    static ModelBounds of(Spatial root) {
        float[] box = {
            Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE
        };
        Vector3f tmp = new Vector3f();
        Vector3f w = new Vector3f();
        root.depthFirstTraversal(s -> {
            if (s instanceof Geometry g) {
                forEachVertex(g, tmp, w, v -> {
                    box[0] = Math.min(box[0], v.x);
                    box[1] = Math.min(box[1], v.y);
                    box[2] = Math.min(box[2], v.z);
                    box[3] = Math.max(box[3], v.x);
                    box[4] = Math.max(box[4], v.y);
                    box[5] = Math.max(box[5], v.z);
                });
            }
        });
        if (box[0] > box[3]) { // no vertices: a unit sphere where the graph is
            com.jme3.bounding.BoundingVolume bv = root.getWorldBound();
            return new ModelBounds(bv == null ? new Vector3f() : bv.getCenter().clone(), 1f);
        }
        Vector3f c = new Vector3f((box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2);
        float[] r2 = {0f};
        root.depthFirstTraversal(s -> {
            if (s instanceof Geometry g) {
                forEachVertex(g, tmp, w, v -> r2[0] = Math.max(r2[0], v.distanceSquared(c)));
            }
        });
        return new ModelBounds(c, Math.max(1e-3f, (float) Math.sqrt(r2[0])));
    }

    private static void forEachVertex(Geometry g, Vector3f tmp, Vector3f w, java.util.function.Consumer<Vector3f> f) {
        Mesh m = g.getMesh();
        VertexBuffer vb = m == null ? null : m.getBuffer(VertexBuffer.Type.Position);
        if (vb == null || !(vb.getData() instanceof FloatBuffer fb) || vb.getNumComponents() != 3) {
            return;
        }
        int n = fb.limit() / 3;
        for (int i = 0; i < n; i++) {
            tmp.set(fb.get(3 * i), fb.get(3 * i + 1), fb.get(3 * i + 2));
            g.getWorldTransform().transformVector(tmp, w);
            f.accept(w);
        }
    }
}
