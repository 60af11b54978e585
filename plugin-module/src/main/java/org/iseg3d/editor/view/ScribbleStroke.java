package org.iseg3d.editor.view;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;
import java.util.List;

/**
 * The scribble being drawn (Shift+drag), as a red line in screen space on the GUI node, until the mouse is
 * released; the negative clicks it makes are then shown by {@link ClickMarkers}. Render thread.
 */
final class ScribbleStroke {

    private final Node gui;
    private final Material material;
    private Geometry line;

    ScribbleStroke(Node gui, AssetManager assets) {
        this.gui = gui;
        material = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        material.setColor("Color", ClickMarkers.NEGATIVE);
        material.getAdditionalRenderState().setLineWidth(2f);
    }

    /**
     * Draws the path (AWT coordinates, y down) over a view {@code height} pixels high; an empty path removes it.
     */
    void show(List<int[]> path, int height) {
        if (line != null) {
            line.removeFromParent();
            line = null;
        }
        if (path.size() < 2) {
            return;
        }
        float[] xyz = new float[3 * path.size()];
        for (int i = 0; i < path.size(); i++) {
            xyz[3 * i] = path.get(i)[0];
            xyz[3 * i + 1] = height - path.get(i)[1];
        }
        Mesh m = new Mesh();
        m.setMode(Mesh.Mode.LineStrip);
        m.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(xyz));
        m.updateBound();
        line = new Geometry("iseg3d-scribble", m);
        line.setMaterial(material);
        gui.attachChild(line);
    }
}
