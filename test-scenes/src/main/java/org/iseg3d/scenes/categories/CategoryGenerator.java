package org.iseg3d.scenes.categories;

import org.iseg3d.scenes.SceneObject;

/** Builds objects of one PartNet category. Implementations must use only {@code rng} for randomness. */
public interface CategoryGenerator {

    /** Number of structural variants; object {@code index} uses variant {@code index % variants()}. */
    int VARIANTS = 6;

    String category();

    /**
     * Builds one object.
     *
     * @param objectName name of the object, e.g. {@code "chair_01"}
     * @param index      0-based object index; selects the structural variant
     * @param rng        seeded randomness for proportions
     */
    SceneObject generate(String objectName, int index, Rng rng);

    static int variant(int index) {
        return Math.floorMod(index, VARIANTS);
    }
}
