package org.iseg3d.scenes.categories;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.geom.Mesh;
import org.iseg3d.scenes.MeshPart;
import org.iseg3d.scenes.SceneObject;

/** Ordered collection of named parts, each possibly merged from several meshes. */
final class PartList {

    private final List<MeshPart> parts = new ArrayList<>();

    PartList add(String name, Mesh... meshes) {
        parts.add(MeshPart.of(name, Mesh.merge(meshes)));
        return this;
    }

    SceneObject build(String category, String objectName) {
        return new SceneObject(category, objectName, parts);
    }
}
