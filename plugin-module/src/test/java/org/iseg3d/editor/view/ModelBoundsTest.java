package org.iseg3d.editor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Box;
import org.junit.jupiter.api.Test;

/** Framing uses the vertices in world space, not the scene graph's (looser) merged bounds. */
class ModelBoundsTest {

    @Test
    void tightSphereOfTheWorldSpaceVertices() {
        Node root = new Node("root");
        Node scaled = new Node("scaled");
        scaled.setLocalScale(2f);
        scaled.setLocalTranslation(10f, 0f, 0f);
        scaled.attachChild(new Geometry("box", new Box(1f, 1f, 1f))); // world: [8, 12] x [-2, 2] x [-2, 2]
        root.attachChild(scaled);
        root.updateGeometricState();
        ModelBounds b = ModelBounds.of(root);
        assertEquals(new Vector3f(10f, 0f, 0f), b.centre());
        assertEquals(2f * FastMath.sqrt(3f), b.radius(), 1e-4f);
    }

    @Test
    void anEmptyModelStillGivesASphere() {
        Node root = new Node("empty");
        root.updateGeometricState();
        ModelBounds b = ModelBounds.of(root);
        assertEquals(1f, b.radius(), 1e-6f);
    }
}
