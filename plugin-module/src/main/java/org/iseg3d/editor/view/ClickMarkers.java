package org.iseg3d.editor.view;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Sphere;

/**
 * Where the clicks of the current selection landed: a small sphere per click on the model, green for positive and
 * red for negative clicks (scribbles are negative clicks along the stroke), sized from the model's bounding sphere.
 * Lives in the overlay viewport, depth-tested against the model (a marker behind the model is hidden). Render thread.
 */
final class ClickMarkers {

    /** Marker radius as a fraction of the model's bounding-sphere radius. */
    static final float RELATIVE_SIZE = 0.018f;

    static final ColorRGBA POSITIVE = new ColorRGBA(0.15f, 0.85f, 0.25f, 1f);
    static final ColorRGBA NEGATIVE = new ColorRGBA(0.95f, 0.18f, 0.15f, 1f);

    private final Node node = new Node("iseg3d-click-markers");
    private final Material positive;
    private final Material negative;
    private Sphere mesh = new Sphere(10, 14, 1f);

    ClickMarkers(AssetManager assets) {
        positive = material(assets, POSITIVE);
        negative = material(assets, NEGATIVE);
    }

    private static Material material(AssetManager assets, ColorRGBA c) {
        Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        m.setColor("Color", c);
        return m;
    }

    Node node() {
        return node;
    }

    /** The model's size: markers are {@link #RELATIVE_SIZE} of this radius. */
    void setModelRadius(float radius) {
        mesh = new Sphere(10, 14, Math.max(1e-4f, radius * RELATIVE_SIZE));
        node.detachAllChildren();
    }

    /**
     * Shows these clicks (replacing the earlier ones).
     *
     * @param xyz      3 world coordinates per click
     * @param positive whether each click is positive
     */
    void show(float[] xyz, boolean[] positive) {
        node.detachAllChildren();
        for (int i = 0; i < positive.length; i++) {
            Geometry g = new Geometry("click-" + i, mesh);
            g.setMaterial(positive[i] ? this.positive : negative);
            // with the overlay in the transparent bucket: sorted back to front, a marker on the near surface is
            // drawn after the (translucent) mask over it, so the mask does not tint it
            g.setQueueBucket(com.jme3.renderer.queue.RenderQueue.Bucket.Transparent);
            g.setLocalTranslation(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
            node.attachChild(g);
        }
    }
}
