package org.iseg3d.bridge.load;

import com.jme3.math.Matrix4f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Flattens a jME scene graph into a {@link TriangleSoup} of world-space triangles.
 *
 * <p>Walks the graph depth-first in child order (subtrees with {@code CullHint.Always}, e.g. the non-default scenes
 * of a glTF file, are skipped). Mesh modes Triangles, TriangleStrip and TriangleFan are converted to triangle lists;
 * Points and Lines meshes are skipped (debug log); Hybrid and Patch meshes are skipped with a warning. Indexed
 * (byte/short/int) and non-indexed meshes are supported. Vertices are transformed by the Geometry's world matrix
 * after {@code updateGeometricState()}.
 *
 * <p>Errors ({@link ModelLoadException}, message naming file and geometry path): a non-finite vertex, an index out
 * of range, a non-float position buffer, and {@code "<file>: no triangles with area"} when nothing with area is left.
 */
public final class SceneFlattener {

    private static final Logger LOG = LogManager.getLogger(SceneFlattener.class);
    /** Names jME's OBJ and Ogre loaders invent for unnamed sub-meshes. */
    private static final Pattern GENERATED_NAME = Pattern.compile(".*-geom-\\d+|OgreSubmesh-\\d+");

    private SceneFlattener() {}

    /** Flattens a loaded scene. */
    public static TriangleSoup flatten(LoadedScene scene) throws ModelLoadException {
        return flatten(scene.root(), scene.fileName());
    }

    /**
     * Flattens the scene below {@code root}.
     *
     * @param fileLabel name used in error messages (usually the file name)
     */
    public static TriangleSoup flatten(Spatial root, String fileLabel) throws ModelLoadException {
        root.updateGeometricState();
        List<Found> found = new ArrayList<>();
        collect(root, found);

        List<int[]> triangleLists = new ArrayList<>();
        List<int[]> sourceIndexLists = new ArrayList<>();
        List<SourceGeometry> sources = new ArrayList<>();
        int total = 0;
        for (Found f : found) {
            int[][] tris = triangles(f, fileLabel);
            if (tris == null) {
                continue;
            }
            triangleLists.add(tris[0]);
            sourceIndexLists.add(tris[1]);
            int count = tris[1].length;
            if ((long) total + count > Integer.MAX_VALUE / 9) {
                throw new ModelLoadException(fileLabel + ": too many triangles");
            }
            total += count;
            sources.add(new SourceGeometry(sources.size(), f.geometry, f.name, f.path, null, null, count));
        }

        float[] positions = new float[9 * total];
        int[] geometryOfTriangle = new int[total];
        int[] sourceTriangleIndex = new int[total];
        double[] areas = new double[total];
        double totalArea = 0;
        int t = 0;
        for (int g = 0; g < sources.size(); g++) {
            SourceGeometry src = sources.get(g);
            Geometry geom = src.geometry();
            Mesh mesh = geom.getMesh();
            VertexBuffer pb = mesh.getBuffer(VertexBuffer.Type.Position);
            FloatBuffer fb = (FloatBuffer) pb.getData();
            int nc = pb.getNumComponents();
            int vertexCount = fb.limit() / nc;
            Matrix4f m = geom.getWorldMatrix();
            int[] idx = triangleLists.get(g);
            int[] srcIdx = sourceIndexLists.get(g);
            for (int k = 0; k < srcIdx.length; k++, t++) {
                for (int c = 0; c < 3; c++) {
                    int v = idx[3 * k + c];
                    if (v < 0 || v >= vertexCount) {
                        throw new ModelLoadException(fileLabel + ": geometry '" + src.path() + "' has index "
                                + Integer.toUnsignedString(v) + " out of range (vertex count " + vertexCount
                                + ") in triangle " + srcIdx[k]);
                    }
                    double x = fb.get(v * nc);
                    double y = nc > 1 ? fb.get(v * nc + 1) : 0;
                    double z = nc > 2 ? fb.get(v * nc + 2) : 0;
                    float wx = (float) (m.m00 * x + m.m01 * y + m.m02 * z + m.m03);
                    float wy = (float) (m.m10 * x + m.m11 * y + m.m12 * z + m.m13);
                    float wz = (float) (m.m20 * x + m.m21 * y + m.m22 * z + m.m23);
                    if (!Float.isFinite(wx) || !Float.isFinite(wy) || !Float.isFinite(wz)) {
                        throw new ModelLoadException(fileLabel + ": geometry '" + src.path()
                                + "' has a non-finite vertex position (vertex " + v + ": " + x + ", " + y + ", " + z
                                + ")");
                    }
                    positions[9 * t + 3 * c] = wx;
                    positions[9 * t + 3 * c + 1] = wy;
                    positions[9 * t + 3 * c + 2] = wz;
                }
                geometryOfTriangle[t] = g;
                sourceTriangleIndex[t] = srcIdx[k];
                areas[t] = area(positions, t);
                totalArea += areas[t];
            }
        }
        if (!(totalArea > 0) || !Double.isFinite(totalArea)) {
            throw new ModelLoadException(
                    fileLabel + ": no triangles with area (" + found.size() + " geometries, " + total + " triangles)");
        }
        List<SourceGeometry> named = nameParts(root, sources);
        LOG.debug("{}: {} triangles from {} geometries, area {}", fileLabel, total, named.size(), totalArea);
        return new TriangleSoup(fileLabel, positions, geometryOfTriangle, sourceTriangleIndex, areas, named, totalArea);
    }

    /** Area of triangle t in a 9-floats-per-triangle array. */
    static double area(float[] p, int t) {
        int o = 9 * t;
        double ux = p[o + 3] - p[o], uy = p[o + 4] - p[o + 1], uz = p[o + 5] - p[o + 2];
        double vx = p[o + 6] - p[o], vy = p[o + 7] - p[o + 1], vz = p[o + 8] - p[o + 2];
        double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    // ---------------------------------------------------------------- traversal

    private record Found(Geometry geometry, String name, String path) {}

    private static void collect(Spatial root, List<Found> out) {
        for (NodePaths.Entry e : NodePaths.geometries(root)) {
            Geometry g = e.geometry();
            String name = g.getName() == null || g.getName().isBlank() ? e.path() : g.getName();
            out.add(new Found(g, name, e.path()));
        }
    }

    /**
     * Converts the mesh to a triangle list: {indices (3 per triangle), source triangle index per triangle}, or null
     * if the Geometry contributes no triangles.
     */
    private static int[][] triangles(Found f, String fileLabel) throws ModelLoadException {
        Mesh mesh = f.geometry.getMesh();
        if (mesh == null) {
            LOG.debug("{}: geometry '{}' has no mesh, skipped", fileLabel, f.path);
            return null;
        }
        Mesh.Mode mode = mesh.getMode();
        switch (mode) {
            case Triangles, TriangleStrip, TriangleFan -> {}
            case Points, Lines, LineStrip, LineLoop -> {
                LOG.debug("{}: geometry '{}' is a {} mesh, skipped", fileLabel, f.path, mode);
                return null;
            }
            default -> {
                LOG.warn("{}: geometry '{}' uses unsupported mesh mode {}, skipped", fileLabel, f.path, mode);
                return null;
            }
        }
        VertexBuffer pb = mesh.getBuffer(VertexBuffer.Type.Position);
        if (pb == null || pb.getData() == null) {
            LOG.warn("{}: geometry '{}' has no vertex positions, skipped", fileLabel, f.path);
            return null;
        }
        if (pb.getFormat() != VertexBuffer.Format.Float || !(pb.getData() instanceof FloatBuffer)) {
            throw new ModelLoadException(
                    fileLabel + ": geometry '" + f.path + "' has unsupported vertex position format " + pb.getFormat());
        }
        int nc = pb.getNumComponents();
        if (nc < 2 || nc > 4) {
            throw new ModelLoadException(
                    fileLabel + ": geometry '" + f.path + "' has " + nc + "-component vertex positions");
        }
        VertexBuffer ib = mesh.getBuffer(VertexBuffer.Type.Index);
        if (ib != null
                && ib.getData() != null
                && !(ib.getData() instanceof ByteBuffer
                        || ib.getData() instanceof ShortBuffer
                        || ib.getData() instanceof IntBuffer)) {
            throw new ModelLoadException(fileLabel + ": geometry '" + f.path + "' has an index buffer of "
                    + ib.getFormat() + ", not integers");
        }
        if (mode == Mesh.Mode.Triangles
                && ib != null
                && ib.getData() != null
                && ib.getData().limit() % 3 != 0) {
            LOG.debug(
                    "{}: geometry '{}' has {} indices, not a multiple of 3; extra ignored",
                    fileLabel,
                    f.path,
                    ib.getData().limit());
        }
        int[] tri = MeshTriangles.indices(mesh);
        int count = tri.length / 3;
        int[] src = new int[count];
        for (int k = 0; k < count; k++) {
            src[k] = k;
        }
        if (count == 0) {
            LOG.debug("{}: geometry '{}' has no triangles", fileLabel, f.path);
            return null;
        }
        return new int[][] {tri, src};
    }

    // ---------------------------------------------------------------- default part names

    /**
     * Assigns default part names: a Geometry's part is named by (1) the nearest ancestor-or-self created for a glTF
     * node (its glTF node name), else (2) its parent Node when the Geometry is the Node's only child or carries a
     * name jME invented ({@code x-geom-3}, {@code OgreSubmesh-1}) and the parent is not the loaded root, else (3)
     * the Geometry itself. Different naming spatials with the same name get suffixes {@code #2}, {@code #3}, ...
     */
    private static List<SourceGeometry> nameParts(Spatial root, List<SourceGeometry> sources) {
        Map<Spatial, String> nameOfNamer = new IdentityHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        List<SourceGeometry> out = new ArrayList<>(sources.size());
        for (SourceGeometry src : sources) {
            Geometry g = src.geometry();
            Spatial namer = g;
            String partPath = src.path();
            Spatial s = g;
            String p = src.path();
            boolean viaGltf = false;
            while (s != null) {
                if (s.getUserData(GltfNodeNames.USER_DATA_KEY) != null) {
                    namer = s;
                    partPath = p;
                    viaGltf = true;
                    break;
                }
                if (s == root) {
                    break;
                }
                s = s.getParent();
                int cut = p.lastIndexOf('/');
                p = cut < 0 ? p : p.substring(0, cut);
            }
            if (!viaGltf) {
                Node parent = g.getParent();
                if (parent != null && g != root && parent != root) {
                    boolean generated = g.getName() == null
                            || GENERATED_NAME.matcher(g.getName()).matches();
                    if (parent.getQuantity() == 1 || generated) {
                        namer = parent;
                        partPath = src.path().substring(0, src.path().lastIndexOf('/'));
                    }
                }
            }
            String name = nameOfNamer.get(namer);
            if (name == null) {
                String base = NodePaths.displayName(namer);
                if (base == null) {
                    base = partPath;
                }
                int n = uses.merge(base, 1, Integer::sum);
                name = n == 1 ? base : base + "#" + n;
                nameOfNamer.put(namer, name);
            }
            out.add(new SourceGeometry(src.index(), g, src.name(), src.path(), name, partPath, src.triangleCount()));
        }
        return out;
    }
}
