package org.iseg3d.bridge.writeback;

import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.MorphTarget;
import com.jme3.util.BufferUtils;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.MeshTriangles;

/**
 * Builds a new Triangles mesh from a subset of another mesh's triangles, keeping <em>every</em> vertex attribute.
 *
 * <p>Terms as in jME's {@link VertexBuffer}: an <em>element</em> is one vertex's entry, made of
 * {@code getNumComponents()} components. Every buffer with one element per vertex (positions, normals, tangents,
 * binormals, texture coordinates 1..8, colours, sizes, bone indices/weights, the HW skinning buffers, bind-pose
 * buffers, …) is copied for the used vertices only, in any {@link VertexBuffer.Format} (Half included), with its
 * usage and normalised flag. Buffers jME created empty (the HW skinning buffers of a glTF skin before first use)
 * stay empty, so {@code Mesh.prepareForAnim} still sets them up. Morph targets are copied per used vertex too;
 * {@code maxNumWeights} is kept, so skinned pieces still animate under their {@code SkinningControl}. Per-instance
 * and other non-per-vertex buffers are deep-cloned whole. Not kept: LOD levels (they index the old vertices),
 * the collision tree (rebuilt lazily by jME). Strips and fans come out as plain triangle lists.
 *
 * <p>Cost O(triangles + used vertices · buffers). Reads the source mesh without changing it (absolute gets only),
 * so it may run off the render thread.
 */
public final class SubMeshes {

    private static final Logger LOG = LogManager.getLogger(SubMeshes.class);

    private SubMeshes() {}

    /**
     * @param src       the source mesh (not modified)
     * @param corners   its triangles, 3 vertex indices each ({@link MeshTriangles#indices})
     * @param triangles indices of the triangles to keep, in output order
     * @return a new mesh holding exactly those triangles
     */
    public static Mesh extract(Mesh src, int[] corners, int[] triangles) {
        int vertexCount = MeshTriangles.vertexCount(src);
        int[] remap = new int[vertexCount];
        Arrays.fill(remap, -1);
        int[] used = new int[Math.min(vertexCount, 3 * triangles.length)];
        int nv = 0;
        int[] idx = new int[3 * triangles.length];
        for (int k = 0; k < triangles.length; k++) {
            int t = triangles[k];
            for (int c = 0; c < 3; c++) {
                int v = corners[3 * t + c];
                if (remap[v] < 0) {
                    remap[v] = nv;
                    used[nv++] = v;
                }
                idx[3 * k + c] = remap[v];
            }
        }
        Mesh out = new Mesh();
        out.setMode(Mesh.Mode.Triangles);
        for (VertexBuffer vb : src.getBufferList()) {
            VertexBuffer.Type type = vb.getBufferType();
            if (type == VertexBuffer.Type.Index) {
                continue;
            }
            if (type == VertexBuffer.Type.InterleavedData) {
                throw new IllegalArgumentException("interleaved meshes are not supported (jME deprecated them)");
            }
            if (vb.getData() == null) {
                VertexBuffer empty = new VertexBuffer(type); // e.g. HWBoneIndex before first HW-skinned render
                empty.setUsage(vb.getUsage());
                empty.setNormalized(vb.isNormalized());
                out.setBuffer(empty);
            } else if (vb.isInstanced() || vb.getNumElements() != vertexCount) {
                LOG.debug(
                        "buffer {} is not per-vertex ({} elements, {} vertices): cloned whole",
                        type,
                        vb.getNumElements(),
                        vertexCount);
                out.setBuffer(vb.clone());
            } else {
                out.setBuffer(copyElements(vb, used, nv));
            }
        }
        if (nv <= 0xFFFF) {
            ShortBuffer ib = BufferUtils.createShortBuffer(idx.length);
            for (int i : idx) {
                ib.put((short) i);
            }
            ib.flip();
            out.setBuffer(VertexBuffer.Type.Index, 3, ib);
        } else {
            IntBuffer ib = BufferUtils.createIntBuffer(idx);
            out.setBuffer(VertexBuffer.Type.Index, 3, ib);
        }
        for (MorphTarget mt : src.getMorphTargets()) {
            MorphTarget copy = new MorphTarget(mt.getName());
            for (Map.Entry<VertexBuffer.Type, FloatBuffer> e : mt.getBuffers().entrySet()) {
                FloatBuffer fb = e.getValue();
                int comps = fb.limit() / Math.max(vertexCount, 1);
                FloatBuffer nb = BufferUtils.createFloatBuffer(comps * nv);
                for (int j = 0; j < nv; j++) {
                    for (int c = 0; c < comps; c++) {
                        nb.put(fb.get(used[j] * comps + c));
                    }
                }
                nb.flip();
                copy.setBuffer(e.getKey(), nb);
            }
            out.addMorphTarget(copy);
        }
        out.setMaxNumWeights(src.getMaxNumWeights());
        if (src.getNumLodLevels() > 0) {
            LOG.debug("LOD levels of the source mesh are not carried over to the per-part mesh");
        }
        out.updateCounts();
        out.updateBound();
        return out;
    }

    /** A new vertex buffer of the same type, format, components, usage and normalisation with the chosen elements. */
    static VertexBuffer copyElements(VertexBuffer vb, int[] used, int nv) {
        int comps = vb.getNumComponents();
        VertexBuffer.Format format = vb.getFormat();
        Buffer src = vb.getData();
        Buffer dst = VertexBuffer.createBuffer(format, comps, nv);
        // Half components are 2 bytes in a ByteBuffer
        int width = format == VertexBuffer.Format.Half ? 2 * comps : comps;
        if (src instanceof FloatBuffer s) {
            FloatBuffer d = (FloatBuffer) dst;
            for (int j = 0; j < nv; j++) {
                for (int c = 0, o = used[j] * width; c < width; c++) {
                    d.put(j * width + c, s.get(o + c));
                }
            }
        } else if (src instanceof ByteBuffer s) {
            ByteBuffer d = (ByteBuffer) dst;
            for (int j = 0; j < nv; j++) {
                for (int c = 0, o = used[j] * width; c < width; c++) {
                    d.put(j * width + c, s.get(o + c));
                }
            }
        } else if (src instanceof ShortBuffer s) {
            ShortBuffer d = (ShortBuffer) dst;
            for (int j = 0; j < nv; j++) {
                for (int c = 0, o = used[j] * width; c < width; c++) {
                    d.put(j * width + c, s.get(o + c));
                }
            }
        } else if (src instanceof IntBuffer s) {
            IntBuffer d = (IntBuffer) dst;
            for (int j = 0; j < nv; j++) {
                for (int c = 0, o = used[j] * width; c < width; c++) {
                    d.put(j * width + c, s.get(o + c));
                }
            }
        } else if (src instanceof DoubleBuffer s) {
            DoubleBuffer d = (DoubleBuffer) dst;
            for (int j = 0; j < nv; j++) {
                for (int c = 0, o = used[j] * width; c < width; c++) {
                    d.put(j * width + c, s.get(o + c));
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "unsupported buffer class " + src.getClass() + " for " + vb.getBufferType());
        }
        dst.clear();
        VertexBuffer out = new VertexBuffer(vb.getBufferType());
        out.setupData(vb.getUsage(), comps, format, dst);
        out.setNormalized(vb.isNormalized());
        return out;
    }
}
