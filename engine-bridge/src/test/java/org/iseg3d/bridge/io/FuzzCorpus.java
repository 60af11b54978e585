package org.iseg3d.bridge.io;

import com.jme3.export.binary.BinaryExporter;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iseg3d.scenes.Fixtures;

/**
 * Generates the fuzz corpus: malformed and degenerate model files of every supported format, deterministically
 * (fixed seeds). Valid seeds (a labelled jME scene saved as j3o and exported as glb/gltf, two benchmark fixtures,
 * hand-written OBJ and Ogre mesh.xml) are truncated, bit-flipped, overwritten with random or "interesting" values
 * and token-mutated; structurally valid but degenerate files (empty meshes, zero-area and duplicate triangles,
 * NaN/Inf and 1e30 vertices, indices out of range, points and lines, no normals or UVs, strips, fans, accessor and
 * node-graph corruption) are written directly.
 */
final class FuzzCorpus {

    /** One corpus file: its name (with extension), its bytes and the family that produced it. */
    record Case(String name, byte[] bytes, String family) {}

    private final List<Case> cases = new ArrayList<>();
    private final SplittableRandom rnd = new SplittableRandom(20240611L);

    static List<Case> generate() throws IOException {
        FuzzCorpus c = new FuzzCorpus();
        c.structural();
        c.mutations();
        return c.cases;
    }

    private void add(String family, String ext, byte[] bytes) {
        cases.add(new Case(String.format(Locale.ROOT, "%04d-%s%s", cases.size(), family, ext), bytes, family));
    }

    private void addText(String family, String ext, String text) {
        add(family, ext, text.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ seeds

    static byte[] seedJ3o() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryExporter.getInstance().save(IoScenes.labelledChair(), out);
        return out.toByteArray();
    }

    static byte[] seedGltf(boolean binary) throws IOException {
        Path tmp = Files.createTempFile("seed", binary ? ".glb" : ".gltf");
        try {
            GltfSceneExporter.export(IoScenes.labelledChair(), tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String seedObj() {
        return """
                # seed: a box in two groups with uv and normals
                v 0 0 0
                v 1 0 0
                v 1 1 0
                v 0 1 0
                v 0 0 1
                v 1 0 1
                v 1 1 1
                v 0 1 1
                vt 0 0
                vt 1 0
                vt 1 1
                vt 0 1
                vn 0 0 -1
                vn 0 0 1
                vn 0 -1 0
                vn 0 1 0
                g bottom
                f 1/1/1 3/3/1 2/2/1
                f 1/1/1 4/4/1 3/3/1
                f 1/1/3 2/2/3 6/3/3 5/4/3
                g top
                f 5/1/2 6/2/2 7/3/2
                f 5/1/2 7/3/2 8/4/2
                f 4/1/4 8/2/4 7/3/4 3/4/4
                """;
    }

    static String seedOgre() {
        return """
                <mesh>
                 <sharedgeometry vertexcount="4">
                  <vertexbuffer positions="true" normals="true" texture_coords="1">
                   <vertex><position x="0" y="0" z="0"/><normal x="0" y="0" z="1"/><texcoord u="0" v="0"/></vertex>
                   <vertex><position x="2" y="0" z="0"/><normal x="0" y="0" z="1"/><texcoord u="1" v="0"/></vertex>
                   <vertex><position x="2" y="2" z="0"/><normal x="0" y="0" z="1"/><texcoord u="1" v="1"/></vertex>
                   <vertex><position x="0" y="2" z="0"/><normal x="0" y="0" z="1"/><texcoord u="0" v="1"/></vertex>
                  </vertexbuffer>
                 </sharedgeometry>
                 <submeshes>
                  <submesh material="M" usesharedvertices="true" use32bitindexes="false" operationtype="triangle_list">
                   <faces count="2"><face v1="0" v2="1" v3="2"/><face v1="0" v2="2" v3="3"/></faces>
                  </submesh>
                  <submesh material="N" usesharedvertices="false" operationtype="triangle_list">
                   <faces count="1"><face v1="0" v2="1" v3="2"/></faces>
                   <geometry vertexcount="3">
                    <vertexbuffer positions="true">
                     <vertex><position x="0" y="0" z="1"/></vertex>
                     <vertex><position x="1" y="0" z="1"/></vertex>
                     <vertex><position x="0" y="1" z="1"/></vertex>
                    </vertexbuffer>
                   </geometry>
                  </submesh>
                 </submeshes>
                 <submeshnames><submeshname name="plate" index="0"/><submeshname name="flag" index="1"/></submeshnames>
                </mesh>
                """;
    }

    // ------------------------------------------------------------------ mutations of valid seeds

    private void mutations() throws IOException {
        binaryMutations("j3o", ".j3o", seedJ3o(), 230);
        binaryMutations("glb", ".glb", seedGltf(true), 190);
        binaryMutations("glbfix", ".glb", Fixtures.bytes("faucet"), 45);
        binaryMutations("glbfix", ".glb", Fixtures.bytes("display"), 45);
        textMutations("gltf", ".gltf", new String(seedGltf(false), StandardCharsets.UTF_8), 130);
        textMutations("obj", ".obj", seedObj(), 130);
        textMutations("ogre", ".mesh.xml", seedOgre(), 130);
    }

    private void binaryMutations(String family, String ext, byte[] seed, int n) {
        add(family + "-seed", ext, seed);
        for (int i = 0; i < n; i++) {
            byte[] b = seed.clone();
            switch (i % 6) {
                case 0 -> { // truncation: near the start, at a random place, or a few bytes short
                    int cut = i % 18 == 0
                            ? rnd.nextInt(Math.min(64, seed.length))
                            : i % 18 == 6 ? seed.length - 1 - rnd.nextInt(16) : rnd.nextInt(seed.length);
                    add(family + "-trunc", ext, java.util.Arrays.copyOf(b, cut));
                    continue;
                }
                case 1 -> flipBits(b, 1 + rnd.nextInt(3), 0, b.length);
                case 2 -> flipBits(b, 4 + rnd.nextInt(29), 0, Math.min(b.length, 2048)); // header / JSON area
                case 3 -> { // a random region overwritten with garbage
                    int at = rnd.nextInt(b.length);
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(256));
                    for (int k = 0; k < len; k++) {
                        b[at + k] = (byte) rnd.nextInt(256);
                    }
                }
                case 4 -> { // an aligned 32-bit value replaced by an interesting one (lengths, counts, offsets)
                    int[] interesting = {0, -1, 1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 1 << 24, 3, 4096};
                    int at = 4 * rnd.nextInt(Math.max(1, Math.min(b.length, 4096) / 4 - 1));
                    boolean little = ext.equals(".glb");
                    ByteBuffer.wrap(b)
                            .order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
                            .putInt(at, interesting[rnd.nextInt(interesting.length)]);
                }
                default -> { // a region zeroed
                    int at = rnd.nextInt(b.length);
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(512));
                    java.util.Arrays.fill(b, at, at + len, (byte) 0);
                }
            }
            add(family + "-mut" + (i % 6), ext, b);
        }
        // pure garbage and garbage behind a valid-looking header
        for (int i = 0; i < 6; i++) {
            byte[] junk = new byte[1 + rnd.nextInt(3000)];
            rnd.nextBytes(junk);
            if (i % 2 == 1) {
                System.arraycopy(seed, 0, junk, 0, Math.min(seed.length, Math.min(junk.length, 24)));
            }
            add(family + "-garbage", ext, junk);
        }
    }

    private void flipBits(byte[] b, int bits, int from, int to) {
        for (int k = 0; k < bits; k++) {
            int at = from + rnd.nextInt(Math.max(1, to - from));
            b[at] ^= (byte) (1 << rnd.nextInt(8));
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String[] BAD_NUMBERS = {
        "NaN",
        "nan",
        "Infinity",
        "-inf",
        "1e30",
        "-1e30",
        "1e39",
        "1e400",
        "-1",
        "-7",
        "99999999999",
        "2147483648",
        "0",
        "",
        "abc",
        "0x10",
        "1.5",
        "3e-45",
        "65535",
        "4294967295"
    };

    private void textMutations(String family, String ext, String seed, int n) {
        addText(family + "-seed", ext, seed);
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(seed);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        String[] lines = seed.split("\n", -1);
        for (int i = 0; i < n; i++) {
            String text;
            switch (i % 5) {
                case 0, 1 -> { // one or a few number tokens replaced by a hostile value
                    StringBuilder sb = new StringBuilder(seed);
                    int count = i % 5 == 0 ? 1 : 2 + rnd.nextInt(4);
                    List<int[]> picked = new ArrayList<>();
                    for (int k = 0; k < count; k++) {
                        picked.add(numbers.get(rnd.nextInt(numbers.size())));
                    }
                    picked.sort((a, b) -> Integer.compare(b[0], a[0]));
                    int last = Integer.MAX_VALUE;
                    for (int[] p : picked) {
                        if (p[1] <= last) {
                            sb.replace(p[0], p[1], BAD_NUMBERS[rnd.nextInt(BAD_NUMBERS.length)]);
                            last = p[0];
                        }
                    }
                    text = sb.toString();
                }
                case 2 -> text = seed.substring(0, rnd.nextInt(seed.length())); // truncation
                case 3 -> { // a line deleted, duplicated or swapped
                    List<String> l = new ArrayList<>(List.of(lines));
                    int a = rnd.nextInt(l.size());
                    int b = rnd.nextInt(l.size());
                    switch (rnd.nextInt(3)) {
                        case 0 -> l.remove(a);
                        case 1 -> l.add(a, l.get(b));
                        default -> {
                            String t = l.get(a);
                            l.set(a, l.get(b));
                            l.set(b, t);
                        }
                    }
                    text = String.join("\n", l);
                }
                default -> { // byte-level damage
                    byte[] b = seed.getBytes(StandardCharsets.UTF_8);
                    flipBits(b, 1 + rnd.nextInt(8), 0, b.length);
                    add(family + "-flip", ext, b);
                    continue;
                }
            }
            add(family + "-mut" + (i % 5), ext, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ------------------------------------------------------------------ degenerate but well-formed files

    private static final float[] TRI = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    private static final float[] SQUARE = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};
    private static final int[] SQUARE_IDX = {0, 1, 2, 0, 2, 3};

    /** A named mesh description used to write the same degenerate content in each format. */
    private record Shape(String name, float[] pos, int[] idx, float[] normals, float[] uv, Mesh.Mode mode) {
        Shape(String name, float[] pos, int[] idx) {
            this(name, pos, idx, null, null, Mesh.Mode.Triangles);
        }
    }

    private static float[] scaled(float[] p, float s, float offset) {
        float[] q = p.clone();
        for (int i = 0; i < q.length; i++) {
            q[i] = q[i] * s + offset;
        }
        return q;
    }

    private static float[] with(float[] p, int at, float v) {
        float[] q = p.clone();
        q[at] = v;
        return q;
    }

    private static List<Shape> degenerateShapes() {
        float[] unitNormals = {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        float[] collinear = {0, 0, 0, 1, 0, 0, 2, 0, 0};
        List<Shape> s = new ArrayList<>();
        s.add(new Shape("good", SQUARE, SQUARE_IDX, unitNormals, uv, Mesh.Mode.Triangles));
        s.add(new Shape("empty", new float[0], new int[0]));
        s.add(new Shape("no_indices_used", SQUARE, new int[0]));
        s.add(new Shape("zero_area", collinear, new int[] {0, 1, 2}));
        s.add(new Shape("all_same_vertex", new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, new int[] {0, 1, 2}));
        s.add(new Shape("duplicate_triangles", SQUARE, new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 2, 1, 0}));
        s.add(new Shape(
                "zero_and_good", new float[] {0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0}, new int[] {0, 1, 2, 0, 1, 3}));
        s.add(new Shape("nan_vertex", with(SQUARE, 4, Float.NaN), SQUARE_IDX));
        s.add(new Shape("inf_vertex", with(SQUARE, 0, Float.POSITIVE_INFINITY), SQUARE_IDX));
        s.add(new Shape("nan_unused_vertex", with(with(SQUARE, 9, Float.NaN), 0, 0), new int[] {0, 1, 2}));
        s.add(new Shape("huge_1e30", scaled(SQUARE, 1e30f, 0), SQUARE_IDX));
        s.add(new Shape("huge_offset_1e30", scaled(SQUARE, 1f, 1e30f), SQUARE_IDX));
        s.add(new Shape("huge_3e38", scaled(SQUARE, 3e38f, 0), SQUARE_IDX));
        s.add(new Shape("tiny_1e-30", scaled(SQUARE, 1e-30f, 0), SQUARE_IDX));
        s.add(new Shape("index_out_of_range", SQUARE, new int[] {0, 1, 2, 0, 2, 9}));
        s.add(new Shape("index_65535", SQUARE, new int[] {0, 1, 2, 0, 2, 65535}));
        s.add(new Shape("indices_not_multiple_of_3", SQUARE, new int[] {0, 1, 2, 0, 2}));
        s.add(new Shape("points", SQUARE, null, null, null, Mesh.Mode.Points));
        s.add(new Shape("lines", SQUARE, new int[] {0, 1, 1, 2, 2, 3}, null, null, Mesh.Mode.Lines));
        s.add(new Shape(
                "strip",
                new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 2, 0},
                null,
                null,
                null,
                Mesh.Mode.TriangleStrip));
        s.add(new Shape("fan", SQUARE, new int[] {0, 1, 2, 3}, null, null, Mesh.Mode.TriangleFan));
        s.add(new Shape("no_normals_no_uv", TRI, new int[] {0, 1, 2}));
        s.add(new Shape("zero_normals", SQUARE, SQUARE_IDX, new float[12], null, Mesh.Mode.Triangles));
        s.add(new Shape(
                "nan_normals_uv",
                SQUARE,
                SQUARE_IDX,
                with(unitNormals, 2, Float.NaN),
                with(uv, 1, Float.NaN),
                Mesh.Mode.Triangles));
        s.add(new Shape("single_vertex", new float[] {1, 2, 3}, new int[] {0, 0, 0}));
        return s;
    }

    private void structural() throws IOException {
        for (Shape shape : degenerateShapes()) {
            add("deg-j3o-" + shape.name(), ".j3o", j3o(shape));
            addText("deg-gltf-" + shape.name(), ".gltf", gltf(List.of(shape), false, ""));
            add("deg-glb-" + shape.name(), ".glb", glb(List.of(shape), ""));
            addText("deg-obj-" + shape.name(), ".obj", obj(shape));
            addText("deg-ogre-" + shape.name(), ".mesh.xml", ogre(shape));
        }
        Shape good = degenerateShapes().get(0);
        // glTF structure damage: accessors, buffer views, references, cycles
        String[][] edits = {
            {"\"count\":4,", "\"count\":4000,"}, // accessor beyond its buffer view
            {"\"count\":4,", "\"count\":-4,"},
            {"\"count\":4,", "\"count\":0,"},
            {"\"componentType\":5126", "\"componentType\":5130"}, // double: not allowed
            {"\"componentType\":5125", "\"componentType\":5121"}, // indices read as bytes
            {"\"type\":\"VEC3\"", "\"type\":\"VEC2\""},
            {"\"type\":\"VEC3\"", "\"type\":\"MAT4\""},
            {"\"byteOffset\":0", "\"byteOffset\":100000"},
            {"\"byteOffset\":0", "\"byteOffset\":-8"},
            {"\"mesh\":0", "\"mesh\":7"},
            {"\"mesh\":0", "\"mesh\":0,\"children\":[0]"}, // a node that is its own child
            {"\"nodes\":[0]", "\"nodes\":[3]"},
            {"\"nodes\":[0]", "\"nodes\":[]"},
            {"\"scene\":0", "\"scene\":5"},
            {"\"POSITION\":0", "\"POSITION\":9"},
            {"\"POSITION\":0", "\"NORMAL\":0"},
            {"\"indices\":1", "\"indices\":0"}, // float positions read as indices
            {"\"mode\":4", "\"mode\":7"},
            {"\"mode\":4", "\"mode\":99"},
            {"\"version\":\"2.0\"", "\"version\":\"1.0\""},
            {"\"buffer\":0", "\"buffer\":3"},
            {"\"byteLength\":", "\"byteLength\":1"},
            {"\"asset\":{\"version\":\"2.0\"},", ""},
            {"\"meshes\":", "\"meshez\":"},
            {"\"scenes\":[{", "\"scenes\":[{\"extensions\":{\"KHR_unknown\":{}},"},
            {"\"nodes\":[{", "\"extensionsRequired\":[\"KHR_draco_mesh_compression\"],\"nodes\":[{"},
            {"\"name\":\"good\"", "\"name\":\"good\",\"extras\":{\"iseg3d.partId\":1e999,\"iseg3d.part\":[1]}"},
            {"\"name\":\"good\"", "\"name\":\"good\",\"extras\":{\"iseg3d.partId\":-5,\"iseg3d.part\":\"x\"}"},
        };
        for (int i = 0; i < edits.length; i++) {
            addText("gltf-struct-" + i, ".gltf", gltf(List.of(good), false, "").replace(edits[i][0], edits[i][1]));
            add(
                    "glb-struct-" + i,
                    ".glb",
                    glbFromJson(
                            gltf(List.of(good), true, "").replace(edits[i][0], edits[i][1]), binBody(List.of(good))));
        }
        // a many-node file with one bad node among good ones
        List<Shape> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Shape("part_" + i, scaled(SQUARE, 1, i), SQUARE_IDX));
        }
        many.add(degenerateShapes().get(7)); // nan_vertex
        addText("gltf-many-one-nan", ".gltf", gltf(many, false, ""));
        add("glb-many-one-nan", ".glb", glb(many, ""));
    }

    // ------------------------------------------------------------------ format writers for degenerate shapes

    private static byte[] j3o(Shape s) throws IOException {
        Mesh mesh = new Mesh();
        mesh.setMode(s.mode() == Mesh.Mode.Points || s.mode() == Mesh.Mode.Lines ? s.mode() : Mesh.Mode.Triangles);
        if (s.pos().length > 0) {
            mesh.setBuffer(VertexBuffer.Type.Position, 3, s.pos());
        }
        if (s.idx() != null && s.idx().length > 0) {
            mesh.setBuffer(VertexBuffer.Type.Index, 3, s.idx());
        }
        if (s.normals() != null) {
            mesh.setBuffer(VertexBuffer.Type.Normal, 3, s.normals());
        }
        if (s.uv() != null) {
            mesh.setBuffer(VertexBuffer.Type.TexCoord, 2, s.uv());
        }
        // set the real mode after the buffers: jME counts elements per mode
        if (s.mode() == Mesh.Mode.TriangleStrip || s.mode() == Mesh.Mode.TriangleFan) {
            mesh.setMode(s.mode());
        }
        Node root = new Node("deg");
        root.attachChild(new Geometry(s.name(), mesh));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryExporter.getInstance().save(root, out);
        return out.toByteArray();
    }

    private static String obj(Shape s) {
        StringBuilder sb = new StringBuilder("# degenerate: ").append(s.name()).append('\n');
        for (int i = 0; i < s.pos().length; i += 3) {
            sb.append("v ")
                    .append(s.pos()[i])
                    .append(' ')
                    .append(s.pos()[i + 1])
                    .append(' ')
                    .append(s.pos()[i + 2])
                    .append('\n');
        }
        boolean n = s.normals() != null;
        if (n) {
            for (int i = 0; i < s.normals().length; i += 3) {
                sb.append("vn ")
                        .append(s.normals()[i])
                        .append(' ')
                        .append(s.normals()[i + 1])
                        .append(' ')
                        .append(s.normals()[i + 2])
                        .append('\n');
            }
        }
        sb.append("g ").append(s.name()).append('\n');
        int[] idx = s.idx() != null ? s.idx() : sequence(s.pos().length / 3);
        switch (s.mode()) {
            case Points -> {
                for (int i : idx) {
                    sb.append("p ").append(i + 1).append('\n');
                }
            }
            case Lines -> {
                for (int i = 0; i + 1 < idx.length; i += 2) {
                    sb.append("l ")
                            .append(idx[i] + 1)
                            .append(' ')
                            .append(idx[i + 1] + 1)
                            .append('\n');
                }
            }
            case TriangleStrip, TriangleFan -> { // an n-gon face: OBJ's own fan
                sb.append('f');
                for (int i : idx) {
                    sb.append(' ').append(i + 1);
                }
                sb.append('\n');
            }
            default -> {
                for (int i = 0; i + 2 < idx.length; i += 3) {
                    sb.append('f');
                    for (int k = 0; k < 3; k++) {
                        sb.append(' ').append(idx[i + k] + 1);
                        if (n) {
                            sb.append("//").append(idx[i + k] + 1);
                        }
                    }
                    sb.append('\n');
                }
                if (idx.length % 3 == 2) {
                    sb.append("f ")
                            .append(idx[idx.length - 2] + 1)
                            .append(' ')
                            .append(idx[idx.length - 1] + 1)
                            .append('\n'); // a two-vertex "face"
                }
            }
        }
        return sb.toString();
    }

    private static String ogre(Shape s) {
        String op =
                switch (s.mode()) {
                    case Points -> "point_list";
                    case Lines -> "line_list";
                    case TriangleStrip -> "triangle_strip";
                    case TriangleFan -> "triangle_fan";
                    default -> "triangle_list";
                };
        int nv = s.pos().length / 3;
        StringBuilder sb =
                new StringBuilder("<mesh>\n <submeshes>\n  <submesh material=\"M\" usesharedvertices=\"false\""
                        + " operationtype=\"" + op + "\">\n");
        int[] idx = s.idx() != null ? s.idx() : sequence(nv);
        sb.append("   <faces count=\"").append(idx.length / 3).append("\">\n");
        for (int i = 0; i + 2 < idx.length; i += 3) {
            sb.append("    <face v1=\"")
                    .append(idx[i])
                    .append("\" v2=\"")
                    .append(idx[i + 1])
                    .append("\" v3=\"")
                    .append(idx[i + 2])
                    .append("\"/>\n");
        }
        sb.append("   </faces>\n   <geometry vertexcount=\"")
                .append(nv)
                .append("\">\n    <vertexbuffer positions=\"true\"")
                .append(s.normals() != null ? " normals=\"true\"" : "")
                .append(s.uv() != null ? " texture_coords=\"1\"" : "")
                .append(">\n");
        for (int v = 0; v < nv; v++) {
            sb.append("     <vertex><position x=\"")
                    .append(s.pos()[3 * v])
                    .append("\" y=\"")
                    .append(s.pos()[3 * v + 1])
                    .append("\" z=\"")
                    .append(s.pos()[3 * v + 2])
                    .append("\"/>");
            if (s.normals() != null) {
                sb.append("<normal x=\"")
                        .append(s.normals()[3 * v])
                        .append("\" y=\"")
                        .append(s.normals()[3 * v + 1])
                        .append("\" z=\"")
                        .append(s.normals()[3 * v + 2])
                        .append("\"/>");
            }
            if (s.uv() != null) {
                sb.append("<texcoord u=\"")
                        .append(s.uv()[2 * v])
                        .append("\" v=\"")
                        .append(s.uv()[2 * v + 1])
                        .append("\"/>");
            }
            sb.append("</vertex>\n");
        }
        sb.append(
                        "    </vertexbuffer>\n   </geometry>\n  </submesh>\n </submeshes>\n <submeshnames><submeshname name=\"")
                .append(s.name())
                .append("\" index=\"0\"/></submeshnames>\n</mesh>\n");
        return sb.toString();
    }

    private static int[] sequence(int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
        }
        return s;
    }

    /** The binary buffer of the shapes: per shape positions, then indices (uint32), normals, uvs. */
    private static byte[] binBody(List<Shape> shapes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Shape s : shapes) {
            for (float[] a : new float[][] {s.pos(), s.normals(), s.uv()}) {
                if (a == s.pos()) {
                    writeFloats(out, a);
                    if (s.idx() != null) {
                        ByteBuffer b = ByteBuffer.allocate(4 * s.idx().length).order(ByteOrder.LITTLE_ENDIAN);
                        for (int i : s.idx()) {
                            b.putInt(i);
                        }
                        out.writeBytes(b.array());
                    }
                } else if (a != null) {
                    writeFloats(out, a);
                }
            }
        }
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void writeFloats(ByteArrayOutputStream out, float[] a) {
        ByteBuffer b = ByteBuffer.allocate(4 * a.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : a) {
            b.putFloat(f);
        }
        out.writeBytes(b.array());
    }

    /**
     * glTF JSON for the shapes, one node + mesh each, the buffer as data URI (or the GLB BIN chunk). Written as text
     * on purpose: the fuzz corpus must be able to express what a correct writer never produces.
     */
    private static String gltf(List<Shape> shapes, boolean glb, String extra) {
        byte[] bin = binBody(shapes);
        StringBuilder acc = new StringBuilder();
        StringBuilder views = new StringBuilder();
        StringBuilder meshes = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        StringBuilder sceneNodes = new StringBuilder();
        int offset = 0;
        int a = 0;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            StringBuilder attrs = new StringBuilder();
            int nv = s.pos().length / 3;
            offset = view(views, acc, offset, 12 * nv, a, Math.max(nv, 0), "VEC3", 5126);
            attrs.append("\"POSITION\":").append(a++);
            String indices = "";
            if (s.idx() != null) {
                offset = view(views, acc, offset, 4 * s.idx().length, a, s.idx().length, "SCALAR", 5125);
                indices = ",\"indices\":" + a++;
            }
            if (s.normals() != null) {
                offset = view(views, acc, offset, 12 * nv, a, nv, "VEC3", 5126);
                attrs.append(",\"NORMAL\":").append(a++);
            }
            if (s.uv() != null) {
                offset = view(views, acc, offset, 8 * nv, a, nv, "VEC2", 5126);
                attrs.append(",\"TEXCOORD_0\":").append(a++);
            }
            int mode =
                    switch (s.mode()) {
                        case Points -> 0;
                        case Lines -> 1;
                        case TriangleStrip -> 5;
                        case TriangleFan -> 6;
                        default -> 4;
                    };
            sep(meshes)
                    .append("{\"name\":\"")
                    .append(s.name())
                    .append("\",\"primitives\":[{\"attributes\":{")
                    .append(attrs)
                    .append('}')
                    .append(indices)
                    .append(",\"mode\":")
                    .append(mode)
                    .append("}]}");
            sep(nodes)
                    .append("{\"name\":\"")
                    .append(s.name())
                    .append("\",\"mesh\":")
                    .append(i)
                    .append('}');
            sep(sceneNodes).append(i);
        }
        String buffer = glb
                ? "{\"byteLength\":" + bin.length + "}"
                : "{\"byteLength\":" + bin.length + ",\"uri\":\"data:application/octet-stream;base64,"
                        + Base64.getEncoder().encodeToString(bin) + "\"}";
        return "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[" + sceneNodes + "]}],"
                + "\"nodes\":[" + nodes + "],\"meshes\":[" + meshes + "],\"accessors\":[" + acc + "],"
                + "\"bufferViews\":[" + views + "],\"buffers\":[" + buffer + "]" + extra + "}";
    }

    private static int view(
            StringBuilder views,
            StringBuilder acc,
            int offset,
            int length,
            int index,
            int count,
            String type,
            int componentType) {
        sep(views)
                .append("{\"buffer\":0,\"byteOffset\":")
                .append(offset)
                .append(",\"byteLength\":")
                .append(Math.max(length, 4))
                .append('}');
        sep(acc).append("{\"bufferView\":")
                .append(index)
                .append(",\"byteOffset\":0,\"componentType\":")
                .append(componentType)
                .append(",\"count\":")
                .append(count)
                .append(",\"type\":\"")
                .append(type)
                .append("\"}");
        return offset + length;
    }

    private static StringBuilder sep(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(',');
        }
        return sb;
    }

    private static byte[] glb(List<Shape> shapes, String extra) {
        return glbFromJson(gltf(shapes, true, extra), binBody(shapes));
    }

    private static byte[] glbFromJson(String json, byte[] bin) {
        byte[] js = json.getBytes(StandardCharsets.UTF_8);
        int jsPad = (4 - js.length % 4) % 4;
        int total = 12 + 8 + js.length + jsPad + 8 + bin.length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46546C67).putInt(2).putInt(total);
        b.putInt(js.length + jsPad).putInt(0x4E4F534A).put(js);
        for (int i = 0; i < jsPad; i++) {
            b.put((byte) ' ');
        }
        b.putInt(bin.length).putInt(0x004E4942).put(bin);
        return b.array();
    }
}
