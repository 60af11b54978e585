package org.iseg3d.corpus;

import java.util.List;

/**
 * One object written to the corpus (a row of manifest.json).
 *
 * @param id          stable id: catalog id of the library, {@code /}, catalog id of the piece
 * @param file        the .glb, relative to the output folder
 * @param parts       part (= node) names in the .glb
 * @param groups      groups read from the OBJ before the rules
 * @param droppedSmall parts dropped below the area floor
 * @param credit      who made it (catalog creator, or the Blend Swap author)
 */
public record CorpusObject(
        String id,
        String name,
        String library,
        String category,
        String split,
        String file,
        List<String> parts,
        int groups,
        boolean mergedByMaterial,
        int droppedSmall,
        int triangles,
        Licence licence,
        String credit,
        String title,
        String source) {

    public CorpusObject {
        parts = List.copyOf(parts);
    }
}
