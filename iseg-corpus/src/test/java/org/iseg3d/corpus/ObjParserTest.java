package org.iseg3d.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjParserTest {

    static ObjMesh parse(String relative) throws IOException, ObjFormatException {
        try (InputStream in = Files.newInputStream(Resources.file(relative))) {
            return ObjParser.parse(in, relative);
        }
    }

    static ObjMesh parseText(String text) throws IOException, ObjFormatException {
        return ObjParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline.obj");
    }

    @Test
    void chairQuadsGroupsAndNegativeIndices() throws Exception {
        ObjMesh m = parse("lib-cc-by/models/chair/chair.obj");
        assertEquals(27, m.vertexCount());
        assertEquals(3 * 12 + 1, m.triangleCount(), "6 quads per box fan into 12 triangles, plus the screw");
        assertFalse(m.usesObjects());
        assertEquals(List.of("", "seat", "back", "leg", "screw"), m.groupNames());
        assertEquals(List.of("", "wood", "metal"), m.materialNames());
        assertEquals(List.of("chair.mtl"), m.mtlLibs());
        // the back's first face "f -8 -7 -5 -6" is the 9th..16th vertex (0-based 8, 9, 11) after fan triangulation
        int firstBackTriangle = 12;
        assertArrayEquals(
                new int[] {8, 9, 11},
                java.util.Arrays.copyOfRange(m.triangles(), 3 * firstBackTriangle, 3 * firstBackTriangle + 3));
        assertEquals(2, m.groupOf()[firstBackTriangle]);
        // the screw "f -3/1 -2/1 -1/1" is the last three vertices; v//vn forms for the leg
        int last = m.triangleCount() - 1;
        assertArrayEquals(new int[] {24, 25, 26}, java.util.Arrays.copyOfRange(m.triangles(), 3 * last, 3 * last + 3));
        assertEquals(16, m.triangles()[3 * 24], "leg face 'f 17//1 ...' starts at vertex 16");
        assertEquals(0, m.lineFaces());
    }

    @Test
    void objectsAndGroupsAreBothRecorded() throws Exception {
        ObjMesh m = parse("lib-cc-by/models/lamp/lamp.obj");
        assertTrue(m.usesObjects());
        assertEquals(List.of("", "Base", "Shade"), m.objectNames());
        assertEquals(5, m.groupNames().size(), "one g per material inside each o");
    }

    @Test
    void brokenLineNamesFileAndLine() {
        ObjFormatException e =
                assertThrows(ObjFormatException.class, () -> parse("lib-cc-by/models/broken/broken.obj"));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().startsWith("lib-cc-by/models/broken/broken.obj:6: "), e.getMessage());
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void badReferencesAndVerticesAreErrors() {
        assertEquals(
                3,
                assertThrows(ObjFormatException.class, () -> parseText("v 0 0 0\nv 1 0 0\nf 1 2 3\n"))
                        .line(),
                "index beyond the vertices read so far");
        assertThrows(ObjFormatException.class, () -> parseText("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n"));
        assertThrows(ObjFormatException.class, () -> parseText("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -4 -1 -2\n"));
        assertThrows(ObjFormatException.class, () -> parseText("v 0 0\n"));
        assertThrows(ObjFormatException.class, () -> parseText("v 0 nan 1\n"));
        assertThrows(ObjFormatException.class, () -> parseText("v 0 0 0\nf 1\n"));
    }

    @Test
    void twoVertexFacesAreCountedAndIgnored() throws Exception {
        ObjMesh m = parseText("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2\nf 1 2 3\n");
        assertEquals(1, m.triangleCount());
        assertEquals(1, m.lineFaces());
    }

    @Test
    void hashInsideNamesIsNotAComment() throws Exception {
        ObjMesh m = parseText("# comment\nusemtl Material#26\ng part #1\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        assertEquals("Material#26", m.materialNames().get(m.materialOf()[0]));
        assertEquals("part #1", m.groupNames().get(m.groupOf()[0]));
    }
}
