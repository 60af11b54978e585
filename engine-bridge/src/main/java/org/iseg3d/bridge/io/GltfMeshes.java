package org.iseg3d.bridge.io;

import com.jme3.material.MatParam;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;
import de.javagl.jgltf.model.ElementType;
import de.javagl.jgltf.model.GltfConstants;
import de.javagl.jgltf.model.impl.DefaultGltfModel;
import de.javagl.jgltf.model.impl.DefaultMeshModel;
import de.javagl.jgltf.model.impl.DefaultMeshPrimitiveModel;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.gltf.GltfBuffers;

/**
 * Converts one jME Geometry's mesh into a glTF mesh with one primitive (see {@link GltfSceneExporter} for the
 * rules). Not thread-safe: one per export.
 */
final class GltfMeshes {

    private static final String[] COLOR_PARAMS = {"BaseColor", "Color", "Diffuse"};

    private final String fileLabel;
    private final DefaultGltfModel model;
    private final List<String> warnings;
    private final Map<String, MaterialModelV2> materials = new HashMap<>();
    private long lastTriangles;

    GltfMeshes(String fileLabel, DefaultGltfModel model, List<String> warnings) {
        this.fileLabel = fileLabel;
        this.model = model;
        this.warnings = warnings;
    }

    /** Triangles of the mesh last returned by {@link #convert}. */
    long lastTriangles() {
        return lastTriangles;
    }

    /** The glTF mesh of {@code g} (already added to the model), or null if it has nothing glTF can hold. */
    DefaultMeshModel convert(Geometry g, String path) throws SceneWriteException {
        lastTriangles = 0;
        Mesh mesh = g.getMesh();
        if (mesh == null) {
            return null;
        }
        int glMode =
                switch (mesh.getMode()) {
                    case Triangles -> GltfConstants.GL_TRIANGLES;
                    case TriangleStrip -> GltfConstants.GL_TRIANGLE_STRIP;
                    case TriangleFan -> GltfConstants.GL_TRIANGLE_FAN;
                    case Points -> GltfConstants.GL_POINTS;
                    case Lines -> GltfConstants.GL_LINES;
                    case LineStrip -> GltfConstants.GL_LINE_STRIP;
                    case LineLoop -> GltfConstants.GL_LINE_LOOP;
                    default -> -1;
                };
        if (glMode < 0) {
            warn(path, "mesh mode " + mesh.getMode() + " has no glTF equivalent, node written without mesh");
            return null;
        }
        VertexBuffer pb = mesh.getBuffer(VertexBuffer.Type.Position);
        if (pb == null
                || !(pb.getData() instanceof FloatBuffer pos)
                || pb.getNumComponents() < 1
                || pb.getNumComponents() > 4) {
            warn(path, "no float vertex positions, node written without mesh");
            return null;
        }
        int nc = pb.getNumComponents();
        int vertexCount = pos.limit() / nc;
        if (vertexCount == 0) {
            warn(path, "empty mesh, node written without mesh");
            return null;
        }
        float[] xyz = new float[3 * vertexCount];
        for (int v = 0; v < vertexCount; v++) {
            for (int c = 0; c < 3; c++) {
                float x = c < nc ? pos.get(v * nc + c) : 0f;
                if (!Float.isFinite(x)) {
                    throw new SceneWriteException(fileLabel + ": geometry '" + path
                            + "' has a non-finite vertex position (vertex " + v + ")");
                }
                xyz[3 * v + c] = x;
            }
        }
        int[] indices = indices(mesh, vertexCount, path);
        int count = usable(glMode, indices.length);
        if (count == 0) {
            warn(path, "no complete " + mesh.getMode() + " primitive, node written without mesh");
            return null;
        }
        DefaultMeshPrimitiveModel primitive = new DefaultMeshPrimitiveModel(glMode);
        primitive.putAttribute("POSITION", GltfBuffers.floats(xyz, ElementType.VEC3));
        float[] normals = normals(mesh, vertexCount, path);
        if (normals != null) {
            primitive.putAttribute("NORMAL", GltfBuffers.floats(normals, ElementType.VEC3));
        }
        float[] uv = plain(mesh, VertexBuffer.Type.TexCoord, 2, vertexCount, path, "texture coordinates");
        if (uv != null) {
            primitive.putAttribute("TEXCOORD_0", GltfBuffers.floats(uv, ElementType.VEC2));
        }
        float[] color = colors(mesh, vertexCount, path);
        if (color != null) {
            primitive.putAttribute(
                    "COLOR_0",
                    GltfBuffers.floats(color, color.length == 3 * vertexCount ? ElementType.VEC3 : ElementType.VEC4));
        }
        primitive.setIndices(GltfBuffers.indices(indices, count, vertexCount < 0xFFFF)); // 0xFFFF: primitive restart
        primitive.setMaterialModel(material(g.getMaterial()));

        DefaultMeshModel out = new DefaultMeshModel();
        if (g.getName() != null && !g.getName().isBlank()) {
            out.setName(g.getName());
        }
        out.addMeshPrimitiveModel(primitive);
        model.addMeshModel(out);
        lastTriangles = switch (glMode) {
            case GltfConstants.GL_TRIANGLES -> count / 3;
            case GltfConstants.GL_TRIANGLE_STRIP, GltfConstants.GL_TRIANGLE_FAN -> Math.max(0, count - 2);
            default -> 0;
        };
        return out;
    }

    /** The index list (generated 0..n-1 for a non-indexed mesh), each checked against the vertex count. */
    private int[] indices(Mesh mesh, int vertexCount, String path) throws SceneWriteException {
        VertexBuffer ib = mesh.getBuffer(VertexBuffer.Type.Index);
        if (ib == null || ib.getData() == null) {
            int[] seq = new int[vertexCount];
            for (int i = 0; i < vertexCount; i++) {
                seq[i] = i;
            }
            return seq;
        }
        if (!(ib.getData() instanceof ByteBuffer
                || ib.getData() instanceof ShortBuffer
                || ib.getData() instanceof IntBuffer)) {
            throw new SceneWriteException(fileLabel + ": geometry '" + path + "' has an index buffer of "
                    + ib.getFormat() + ", not integers");
        }
        IndexBuffer buf = mesh.getIndexBuffer();
        int[] out = new int[buf.size()];
        for (int i = 0; i < out.length; i++) {
            int v = buf.get(i);
            if (v < 0 || v >= vertexCount) {
                throw new SceneWriteException(fileLabel + ": geometry '" + path + "' has index "
                        + Integer.toUnsignedString(v) + " out of range (vertex count " + vertexCount + ")");
            }
            out[i] = v;
        }
        return out;
    }

    /** Number of indices forming whole primitives of the mode (glTF rejects partial ones). */
    private static int usable(int glMode, int n) {
        return switch (glMode) {
            case GltfConstants.GL_TRIANGLES -> n - n % 3;
            case GltfConstants.GL_LINES -> n - n % 2;
            case GltfConstants.GL_TRIANGLE_STRIP, GltfConstants.GL_TRIANGLE_FAN -> n >= 3 ? n : 0;
            case GltfConstants.GL_LINE_STRIP, GltfConstants.GL_LINE_LOOP -> n >= 2 ? n : 0;
            default -> n;
        };
    }

    private float[] normals(Mesh mesh, int vertexCount, String path) {
        float[] n = plain(mesh, VertexBuffer.Type.Normal, 3, vertexCount, path, "normals");
        if (n == null) {
            return null;
        }
        for (int v = 0; v < vertexCount; v++) {
            double len = Math.sqrt((double) n[3 * v] * n[3 * v]
                    + (double) n[3 * v + 1] * n[3 * v + 1]
                    + (double) n[3 * v + 2] * n[3 * v + 2]);
            if (!(len > 0) || !Double.isFinite(len)) {
                warn(path, "zero-length normal at vertex " + v + ", normals dropped");
                return null;
            }
            for (int c = 0; c < 3; c++) {
                n[3 * v + c] = (float) (n[3 * v + c] / len);
            }
        }
        return n;
    }

    private float[] colors(Mesh mesh, int vertexCount, String path) {
        VertexBuffer cb = mesh.getBuffer(VertexBuffer.Type.Color);
        if (cb == null) {
            return null;
        }
        int nc = cb.getNumComponents();
        float[] c = plain(mesh, VertexBuffer.Type.Color, nc == 3 ? 3 : 4, vertexCount, path, "vertex colours");
        if (c != null) {
            for (int i = 0; i < c.length; i++) {
                c[i] = Math.min(1f, Math.max(0f, c[i])); // glTF float colours lie in [0, 1]
            }
        }
        return c;
    }

    /** A float attribute with exactly {@code components} per vertex, or null (dropped with a warning). */
    private float[] plain(
            Mesh mesh, VertexBuffer.Type type, int components, int vertexCount, String path, String what) {
        VertexBuffer vb = mesh.getBuffer(type);
        if (vb == null || vb.getData() == null) {
            return null;
        }
        if (!(vb.getData() instanceof FloatBuffer fb) || vb.getNumComponents() != components) {
            warn(
                    path,
                    what + " are not " + components + "-component floats (" + vb.getFormat() + " x "
                            + vb.getNumComponents() + "), dropped");
            return null;
        }
        if (fb.limit() < components * vertexCount) {
            warn(path, what + " cover fewer vertices than the positions, dropped");
            return null;
        }
        float[] out = new float[components * vertexCount];
        for (int i = 0; i < out.length; i++) {
            float x = fb.get(i);
            if (!Float.isFinite(x)) {
                warn(path, "non-finite " + what + " at vertex " + i / components + ", dropped");
                return null;
            }
            out[i] = x;
        }
        return out;
    }

    /** One material per distinct (name, base colour), created on first use. */
    private MaterialModelV2 material(Material m) {
        float[] rgba = {1f, 1f, 1f, 1f};
        String name = null;
        if (m != null) {
            name = m.getName() != null ? m.getName() : m.getAssetName();
            for (String p : COLOR_PARAMS) {
                MatParam param = m.getParam(p);
                if (param != null && param.getValue() instanceof ColorRGBA c) {
                    rgba = new float[] {c.r, c.g, c.b, c.a};
                    break;
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            rgba[i] = Float.isFinite(rgba[i]) ? Math.min(1f, Math.max(0f, rgba[i])) : 1f;
        }
        String key = name + "|" + rgba[0] + "|" + rgba[1] + "|" + rgba[2] + "|" + rgba[3];
        MaterialModelV2 mat = materials.get(key);
        if (mat == null) {
            mat = new MaterialModelV2();
            if (name != null) {
                mat.setName(name);
            }
            mat.setBaseColorFactor(rgba);
            mat.setMetallicFactor(0f);
            mat.setRoughnessFactor(1f);
            model.addMaterialModel(mat);
            materials.put(key, mat);
        }
        return mat;
    }

    private void warn(String path, String what) {
        warnings.add(fileLabel + ": geometry '" + path + "': " + what);
    }
}
