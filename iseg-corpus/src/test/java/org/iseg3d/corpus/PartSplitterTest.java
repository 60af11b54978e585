package org.iseg3d.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iseg3d.scenes.MeshPart;
import org.junit.jupiter.api.Test;

class PartSplitterTest {

    private static List<String> names(PartSplit s) {
        return s.parts().stream().map(PartSplit.Part::name).toList();
    }

    @Test
    void groupsArePartsAndTinyPartsAreDropped() throws Exception {
        PartSplit s = PartSplitter.split(ObjParserTest.parse("lib-cc-by/models/chair/chair.obj"), PartRules.DEFAULT);
        assertTrue(s.kept());
        assertEquals(List.of("seat", "back", "leg"), names(s));
        assertEquals(1, s.droppedSmall(), "the screw is below 0.05 % of the surface");
        assertEquals(4, s.groups());
        assertFalse(s.mergedByMaterial());
        assertEquals(12, s.parts().get(0).triangles().length);
    }

    @Test
    void objectsWinOverPerMaterialGroups() throws Exception {
        PartSplit s = PartSplitter.split(ObjParserTest.parse("lib-cc-by/models/lamp/lamp.obj"), PartRules.DEFAULT);
        assertEquals(List.of("Base", "Shade"), names(s));
        assertEquals(24, s.parts().get(0).triangles().length, "both material groups of the base");
    }

    @Test
    void perMaterialGroupNamesFoldIntoTheirObject() throws Exception {
        assertEquals("Cafe_table_Cafe_table", PartSplitter.objectName("Cafe_table_Cafe_table_Aluminum", "Aluminum"));
        assertEquals("Cube_Cube.031", PartSplitter.objectName("Cube_Cube.031", "Material.023"));
        assertEquals("Aluminum", PartSplitter.objectName("Aluminum", "Aluminum"));
        ObjMesh m = ObjParserTest.parseText(
                """
                v 0 0 0
                v 1 0 0
                v 0 1 0
                v 0 0 1
                g table_Wood
                usemtl Wood
                f 1 2 3
                g table_Steel
                usemtl Steel
                f 1 2 4
                g lamp
                usemtl Steel
                f 1 3 4
                """);
        PartSplit s = PartSplitter.split(m, PartRules.DEFAULT);
        assertEquals(List.of("table", "lamp"), names(s));
        assertEquals(2, s.parts().get(0).triangles().length);
    }

    @Test
    void tooManyGroupsMergeBySharedMaterial() throws Exception {
        PartSplit s = PartSplitter.split(
                ObjParserTest.parse("lib-cc-by/models/chair/chair.obj"), new PartRules(0.0005, 2, 2));
        assertTrue(s.mergedByMaterial());
        assertEquals(List.of("wood", "leg"), names(s), "seat+back share wood; the leg stays (alone with metal)");
        assertEquals(1, s.droppedSmall(), "the screw is dropped before merging");
    }

    @Test
    void rejections() throws Exception {
        ObjMesh one = ObjParserTest.parseText("v 0 0 0\nv 1 0 0\nv 0 1 0\ng a\nf 1 2 3\n");
        assertEquals(
                PartSplit.Rejection.TOO_FEW_GROUPS,
                PartSplitter.split(one, PartRules.DEFAULT).rejection());
        ObjMesh speck =
                ObjParserTest.parseText("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0.0001 0\n" + "g a\nf 1 2 3\ng b\nf 1 2 4\n");
        PartSplit s = PartSplitter.split(speck, PartRules.DEFAULT);
        assertEquals(PartSplit.Rejection.TOO_FEW_PARTS, s.rejection(), "b is below the floor");
        assertEquals(1, s.droppedSmall());
        ObjMesh flat = ObjParserTest.parseText("v 0 0 0\nv 1 0 0\nv 2 0 0\ng a\nf 1 2 3\ng b\nf 3 2 1\n");
        assertEquals(
                PartSplit.Rejection.NO_SURFACE,
                PartSplitter.split(flat, PartRules.DEFAULT).rejection());
        PartSplit many =
                PartSplitter.split(ObjParserTest.parse("lib-cc-by/models/lamp/lamp.obj"), new PartRules(0, 1, 1));
        assertEquals(PartSplit.Rejection.TOO_MANY_PARTS, many.rejection(), "two materials left after merging");
    }

    @Test
    void meshesAreScaledToTheCatalogSizeWithUnitNormals() throws Exception {
        ObjMesh m = ObjParserTest.parse("lib-cc-by/models/chair/chair.obj");
        PartSplit s = PartSplitter.split(m, PartRules.DEFAULT);
        List<MeshPart> parts = PartMeshes.build(m, s, null, new float[] {40, 40, 180});
        assertEquals(
                List.of("seat", "back", "leg"),
                parts.stream().map(MeshPart::name).toList());
        float maxY = 0;
        for (MeshPart p : parts) {
            float[] pos = p.positions();
            for (int i = 1; i < pos.length; i += 3) {
                maxY = Math.max(maxY, pos[i]);
            }
        }
        assertEquals(1.8f, maxY, 1e-5f, "largest extent 0.9 → 1.8 m");
        assertEquals(8, parts.get(0).vertexCount(), "only the part's own vertices");
    }
}
