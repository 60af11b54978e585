package org.iseg3d.bridge.load;

import com.jme3.export.binary.BinaryExporter;
import com.jme3.scene.Spatial;
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

/** Writers for small real model files used by the tests. */
final class TestModels {

    private TestModels() {}

    /** Unit square in the XY plane, [0,1]^2 at z=0, 4 vertices, 2 triangles. */
    static final float[] SQUARE = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};

    static final int[] SQUARE_IDX = {0, 1, 2, 0, 2, 3};

    /** Axis-aligned box [x0,x1]x[y0,y1]x[z0,z1]: 8 vertices, 12 triangles, half of them wound inwards. */
    static float[] boxPositions(float x0, float y0, float z0, float x1, float y1, float z1) {
        return new float[] {
            x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1
        };
    }

    /** Box triangles; every second triangle deliberately has flipped winding (like real assets). */
    static final int[] BOX_IDX = {
        0, 2, 1, 0, 2, 3, // z0 (second flipped)
        4, 5, 6, 4, 7, 6, // z1
        0, 1, 5, 0, 4, 5, // y0
        3, 7, 6, 3, 2, 6, // y1
        0, 4, 7, 0, 3, 7, // x0
        1, 2, 6, 1, 5, 6, // x1
    };

    static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Path saveJ3o(Path file, Spatial root) throws IOException {
        BinaryExporter.getInstance().save(root, file.toFile());
        return file;
    }

    /** OBJ with groups part_a (unit square, 2 triangles) and part_b (one triangle of area 0.5, translated to z=1). */
    static String objTwoGroups(String mtllib) {
        StringBuilder sb = new StringBuilder();
        if (mtllib != null) {
            sb.append("mtllib ").append(mtllib).append('\n');
        }
        sb.append("v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nv 0 0 1\nv 1 0 1\nv 0 1 1\n");
        sb.append("g part_a\nusemtl red\nf 1 2 3\nf 1 3 4\n");
        sb.append("g part_b\nusemtl blue\nf 5 6 7\n");
        return sb.toString();
    }

    /** Ogre mesh.xml with shared vertices (square [0,2]^2) and two named submeshes "top" and "bottom". */
    static String ogreTwoSubmeshes() {
        return """
                <mesh>
                 <sharedgeometry vertexcount="4">
                  <vertexbuffer positions="true">
                   <vertex><position x="0" y="0" z="0"/></vertex>
                   <vertex><position x="2" y="0" z="0"/></vertex>
                   <vertex><position x="2" y="2" z="0"/></vertex>
                   <vertex><position x="0" y="2" z="0"/></vertex>
                  </vertexbuffer>
                 </sharedgeometry>
                 <submeshes>
                  <submesh material="MissingMat" usesharedvertices="true" use32bitindexes="false" operationtype="triangle_list">
                   <faces count="1"><face v1="0" v2="1" v3="2"/></faces>
                  </submesh>
                  <submesh material="Other" usesharedvertices="true" operationtype="triangle_list">
                   <faces count="1"><face v1="0" v2="2" v3="3"/></faces>
                  </submesh>
                 </submeshes>
                 <submeshnames>
                  <submeshname name="top" index="0"/>
                  <submeshname name="bottom" index="1"/>
                 </submeshnames>
                </mesh>
                """;
    }

    /** Minimal glTF 2.0 builder: one mesh (with 1..n identical primitives) per node. */
    static final class Gltf {
        private record N(String name, String meshName, float[] pos, int[] idx, float[] t, float[] s, int primitives) {}

        private final List<N> nodes = new ArrayList<>();
        private String imageUri;

        Gltf node(
                String name,
                String meshName,
                float[] pos,
                int[] idx,
                float[] translation,
                float[] scale,
                int primitives) {
            nodes.add(new N(name, meshName, pos, idx, translation, scale, primitives));
            return this;
        }

        /** Every primitive gets a material whose base colour texture is {@code uri}. */
        Gltf texture(String uri) {
            this.imageUri = uri;
            return this;
        }

        private byte[] bin;

        private String json(boolean glb) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder accessors = new StringBuilder();
            StringBuilder views = new StringBuilder();
            StringBuilder meshes = new StringBuilder();
            StringBuilder nodeJson = new StringBuilder();
            StringBuilder sceneNodes = new StringBuilder();
            int acc = 0;
            for (int i = 0; i < nodes.size(); i++) {
                N n = nodes.get(i);
                ByteBuffer pb = ByteBuffer.allocate(n.pos.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
                float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
                for (int k = 0; k < n.pos.length; k++) {
                    pb.putFloat(n.pos[k]);
                    min[k % 3] = Math.min(min[k % 3], n.pos[k]);
                    max[k % 3] = Math.max(max[k % 3], n.pos[k]);
                }
                int posOffset = out.size();
                out.writeBytes(pb.array());
                int idxLen = n.idx.length * 4;
                ByteBuffer ib = ByteBuffer.allocate(idxLen).order(ByteOrder.LITTLE_ENDIAN);
                for (int v : n.idx) {
                    ib.putInt(v);
                }
                int idxOffset = out.size();
                out.writeBytes(ib.array());
                sep(views)
                        .append(String.format(
                                Locale.ROOT,
                                "{\"buffer\":0,\"byteOffset\":%d,\"byteLength\":%d},{\"buffer\":0,\"byteOffset\":%d,"
                                        + "\"byteLength\":%d}",
                                posOffset,
                                pb.capacity(),
                                idxOffset,
                                idxLen));
                sep(accessors)
                        .append(String.format(
                                Locale.ROOT,
                                "{\"bufferView\":%d,\"componentType\":5126,\"count\":%d,\"type\":\"VEC3\","
                                        + "\"min\":[%s,%s,%s],\"max\":[%s,%s,%s]},"
                                        + "{\"bufferView\":%d,\"componentType\":5125,\"count\":%d,\"type\":\"SCALAR\"}",
                                2 * i,
                                n.pos.length / 3,
                                min[0],
                                min[1],
                                min[2],
                                max[0],
                                max[1],
                                max[2],
                                2 * i + 1,
                                n.idx.length));
                StringBuilder prims = new StringBuilder();
                for (int p = 0; p < n.primitives; p++) {
                    sep(prims)
                            .append("{\"attributes\":{\"POSITION\":")
                            .append(acc)
                            .append("},\"indices\":")
                            .append(acc + 1)
                            .append(imageUri != null ? ",\"material\":0" : "")
                            .append('}');
                }
                acc += 2;
                sep(meshes)
                        .append('{')
                        .append(n.meshName != null ? "\"name\":\"" + n.meshName + "\"," : "")
                        .append("\"primitives\":[")
                        .append(prims)
                        .append("]}");
                sep(nodeJson)
                        .append("{\"name\":\"")
                        .append(n.name)
                        .append("\",\"mesh\":")
                        .append(i);
                if (n.t != null) {
                    nodeJson.append(String.format(Locale.ROOT, ",\"translation\":[%s,%s,%s]", n.t[0], n.t[1], n.t[2]));
                }
                if (n.s != null) {
                    nodeJson.append(String.format(Locale.ROOT, ",\"scale\":[%s,%s,%s]", n.s[0], n.s[1], n.s[2]));
                }
                nodeJson.append('}');
                sep(sceneNodes).append(i);
            }
            while (out.size() % 4 != 0) {
                out.write(0);
            }
            bin = out.toByteArray();
            String buffer = glb
                    ? "{\"byteLength\":" + bin.length + "}"
                    : "{\"byteLength\":" + bin.length + ",\"uri\":\"data:application/octet-stream;base64,"
                            + Base64.getEncoder().encodeToString(bin) + "\"}";
            String material = imageUri == null
                    ? ""
                    : ",\"materials\":[{\"pbrMetallicRoughness\":{\"baseColorTexture\":"
                            + "{\"index\":0}}}],\"textures\":[{\"source\":0}],\"images\":[{\"uri\":\"" + imageUri
                            + "\"}]";
            return "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[" + sceneNodes + "]}],"
                    + "\"nodes\":[" + nodeJson + "],\"meshes\":[" + meshes + "],\"accessors\":[" + accessors + "],"
                    + "\"bufferViews\":[" + views + "],\"buffers\":[" + buffer + "]" + material + "}";
        }

        String toGltfJson() {
            return json(false);
        }

        Path writeGltf(Path file) throws IOException {
            return write(file, json(false));
        }

        byte[] glbBytes() {
            return glbBytesWithJsonEdit("", "");
        }

        /** GLB bytes whose JSON chunk has {@code from} replaced by {@code to} (corrupt-file tests). */
        byte[] glbBytesWithJsonEdit(String from, String to) {
            String text = json(true);
            byte[] js = (from.isEmpty() ? text : text.replace(from, to)).getBytes(StandardCharsets.UTF_8);
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

        Path writeGlb(Path file) throws IOException {
            Files.write(file, glbBytes());
            return file;
        }

        private static StringBuilder sep(StringBuilder sb) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            return sb;
        }
    }
}
