package org.iseg3d.bridge.writeback;

import com.jme3.scene.Mesh;
import com.jme3.scene.Spatial;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * What a write-back starts from, captured once when the scene is flattened (scene thread): the scene root, the soup,
 * each soup Geometry's mesh and the part label it carried then ({@link PartUserData#of}; empty when unlabelled). A
 * scene saved by an earlier write-back and opened again carries labels; {@link SceneWriteBack} then rewrites only the
 * labelled Geometries whose labels changed, and never places anything above {@code root}.
 *
 * @param root           the opened scene's root (write-back never moves anything above it), or null for no bound
 * @param soup           the flattened scene
 * @param originalMeshes mesh of each soup Geometry as flattened (index = soup geometry index)
 * @param labels         label of each soup Geometry as flattened (index = soup geometry index)
 */
public record WriteBackScene(
        Spatial root, TriangleSoup soup, List<Mesh> originalMeshes, List<Optional<PartUserData.Label>> labels) {

    public WriteBackScene {
        originalMeshes = List.copyOf(originalMeshes);
        labels = List.copyOf(labels);
        if (originalMeshes.size() != soup.geometries().size()
                || labels.size() != soup.geometries().size()) {
            throw new IllegalArgumentException("one mesh and one label per soup geometry expected");
        }
    }

    /** Reads the meshes and labels of the soup's Geometries now (scene thread, graph as flattened). */
    public static WriteBackScene capture(Spatial root, TriangleSoup soup) {
        return capture(
                root,
                soup,
                soup.geometries().stream().map(g -> g.geometry().getMesh()).toList());
    }

    /** As {@link #capture(Spatial, TriangleSoup)} with the meshes given (e.g. kept from an earlier flattening). */
    public static WriteBackScene capture(Spatial root, TriangleSoup soup, List<Mesh> originalMeshes) {
        List<Optional<PartUserData.Label>> labels = new ArrayList<>();
        for (SourceGeometry g : soup.geometries()) {
            labels.add(PartUserData.of(g.geometry()));
        }
        return new WriteBackScene(root, soup, originalMeshes, labels);
    }

    /** True if some Geometry carried a part label when captured (a scene saved after a write-back). */
    public boolean labelled() {
        return labels.stream().anyMatch(Optional::isPresent);
    }
}
