package org.iseg3d.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the geometry and grouping of a Wavefront OBJ file: {@code v}, {@code f} (index forms {@code v},
 * {@code v/vt}, {@code v//vn}, {@code v/vt/vn}, negative = relative to the vertices read so far), {@code o},
 * {@code g}, {@code usemtl}, {@code mtllib}. Texture coordinates, normals, smoothing groups, lines and every other
 * statement are ignored (normals are recomputed per part). A face of two vertices (an edge some exporters write
 * as {@code f}) is checked, counted and ignored. A malformed {@code v} or {@code f} line is an
 * {@link ObjFormatException} naming the file and line. Not thread-safe; one instance per file.
 */
public final class ObjParser {

    private final String source;
    private float[] positions = new float[3 * 1024];
    private int vertexFloats;
    private int[] triangles = new int[3 * 1024];
    private int[] objectOf = new int[1024];
    private int[] groupOf = new int[1024];
    private int[] materialOf = new int[1024];
    private int triangleCount;
    private final Names objects = new Names();
    private final Names groups = new Names();
    private final Names materials = new Names();
    private final List<String> mtlLibs = new ArrayList<>();
    private boolean usesObjects;
    private int currentObject;
    private int currentGroup;
    private int currentMaterial;
    private int[] polygon = new int[8];
    private int lineFaces;

    private ObjParser(String source) {
        this.source = source;
        currentObject = objects.id("");
        currentGroup = groups.id("");
        currentMaterial = materials.id("");
    }

    /** Parses the stream (UTF-8, tolerant of Latin-1 bytes in names); {@code source} names it in errors. */
    public static ObjMesh parse(InputStream in, String source) throws IOException, ObjFormatException {
        ObjParser p = new ObjParser(source);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            p.line(line, number);
        }
        return p.result();
    }

    private void line(String raw, int number) throws ObjFormatException {
        String line = raw.strip();
        if (line.isEmpty() || line.charAt(0) == '#') { // '#' inside names (e.g. "usemtl Material#26") is kept
            return;
        }
        String[] t = line.split("\\s+");
        switch (t[0]) {
            case "v" -> vertex(t, number);
            case "f" -> face(t, number);
            case "o" -> {
                usesObjects = true;
                currentObject = objects.id(rest(line));
            }
            case "g" -> currentGroup = groups.id(rest(line));
            case "usemtl" -> currentMaterial = materials.id(rest(line));
            case "mtllib" -> mtlLibs.add(rest(line));
            default -> {
                // vt, vn, s, l, p, curves, ...: not needed for parts
            }
        }
    }

    private static String rest(String line) {
        int space = line.indexOf(' ');
        int tab = line.indexOf('\t');
        int cut = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
        return cut < 0 ? "" : line.substring(cut + 1).strip();
    }

    private void vertex(String[] t, int number) throws ObjFormatException {
        if (t.length < 4) {
            throw new ObjFormatException(source, number, "vertex needs 3 coordinates, got " + (t.length - 1));
        }
        if (vertexFloats + 3 > positions.length) {
            positions = Arrays.copyOf(positions, 2 * positions.length);
        }
        for (int c = 0; c < 3; c++) {
            float f;
            try {
                f = Float.parseFloat(t[1 + c]);
            } catch (NumberFormatException e) {
                throw new ObjFormatException(source, number, "not a number: '" + t[1 + c] + "'");
            }
            if (!Float.isFinite(f)) {
                throw new ObjFormatException(source, number, "non-finite coordinate '" + t[1 + c] + "'");
            }
            positions[vertexFloats++] = f;
        }
    }

    private void face(String[] t, int number) throws ObjFormatException {
        int n = t.length - 1;
        if (n < 2) {
            throw new ObjFormatException(source, number, "face needs at least 3 vertices, got " + n);
        }
        if (polygon.length < n) {
            polygon = new int[n];
        }
        int vertices = vertexFloats / 3;
        for (int k = 0; k < n; k++) {
            polygon[k] = vertexIndex(t[1 + k], vertices, number);
        }
        if (n == 2) {
            lineFaces++; // an edge written as a face (seen in real exports): no area, ignored
            return;
        }
        for (int k = 1; k + 1 < n; k++) {
            addTriangle(polygon[0], polygon[k], polygon[k + 1]);
        }
    }

    private int vertexIndex(String token, int vertices, int number) throws ObjFormatException {
        int slash = token.indexOf('/');
        String head = slash < 0 ? token : token.substring(0, slash);
        int index;
        try {
            index = Integer.parseInt(head);
        } catch (NumberFormatException e) {
            throw new ObjFormatException(source, number, "bad vertex reference '" + token + "'");
        }
        int resolved = index > 0 ? index - 1 : vertices + index;
        if (index == 0 || resolved < 0 || resolved >= vertices) {
            throw new ObjFormatException(
                    source, number, "vertex reference " + index + " out of range (" + vertices + " vertices so far)");
        }
        return resolved;
    }

    private void addTriangle(int a, int b, int c) {
        if (triangleCount == objectOf.length) {
            int grown = 2 * objectOf.length;
            triangles = Arrays.copyOf(triangles, 3 * grown);
            objectOf = Arrays.copyOf(objectOf, grown);
            groupOf = Arrays.copyOf(groupOf, grown);
            materialOf = Arrays.copyOf(materialOf, grown);
        }
        triangles[3 * triangleCount] = a;
        triangles[3 * triangleCount + 1] = b;
        triangles[3 * triangleCount + 2] = c;
        objectOf[triangleCount] = currentObject;
        groupOf[triangleCount] = currentGroup;
        materialOf[triangleCount] = currentMaterial;
        triangleCount++;
    }

    private ObjMesh result() {
        return new ObjMesh(
                Arrays.copyOf(positions, vertexFloats),
                Arrays.copyOf(triangles, 3 * triangleCount),
                Arrays.copyOf(objectOf, triangleCount),
                Arrays.copyOf(groupOf, triangleCount),
                Arrays.copyOf(materialOf, triangleCount),
                objects.list,
                groups.list,
                materials.list,
                usesObjects,
                List.copyOf(mtlLibs),
                lineFaces);
    }

    /** Interned names in order of first appearance. */
    private static final class Names {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        int id(String name) {
            return ids.computeIfAbsent(name, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
