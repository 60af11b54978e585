package org.iseg3d.bridge.session;

import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.List;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * What a session opened.
 *
 * @param file     the model file, or null when a Spatial was opened
 * @param root     the scene part being segmented (for files: the loaded root, wrapped in a Node if it was a lone
 *                 Geometry, so write-back has a parent to put part Nodes under)
 * @param soup     its world-space triangles; soup triangle indices are what {@link SessionState#partOfTriangle()}
 *                 and {@link SessionState#triangleMask()} index
 * @param shape    the sampled points (world units); point indices are what clicks and masks index
 * @param method   the segmentation method's name
 * @param warnings non-fatal loading problems (missing textures …)
 */
public record OpenedScene(
        Path file, Spatial root, TriangleSoup soup, SampledShape shape, String method, List<String> warnings) {

    public OpenedScene {
        warnings = List.copyOf(warnings);
    }
}
