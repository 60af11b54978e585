package org.iseg3d.bridge.transfer;

import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.load.MeshTriangles;

/**
 * Transfers labels of sampled points to every triangle of a {@link TriangleSoup}.
 *
 * <p>Rule. Each triangle t of Geometry g votes over candidate points, all restricted to the points sampled on g
 * (all points when g received none):
 * <ul>
 *   <li>the k nearest points to its centroid (for a small triangle: the k nearest among the 2k points nearest the
 *       centre of its grid cell of side h_g/2, a query shared by all small triangles of that cell; this changes
 *       at most near-ties at a boundary and saves most tree queries on dense meshes),</li>
 *   <li>if its area exceeds {@code largeTriangleFactor}·h²_g (h²_g = area of g / samples on g, the area one sample
 *       stands for), also the k nearest points to the centroids of its three corner sub-triangles,</li>
 *   <li>every point sampled on t itself (at distance 0).</li>
 * </ul>
 * A candidate at squared distance d² weighs 1 / (d² + h²_g); the label with the largest total weight wins (ties:
 * the label of the earliest candidate, i.e. the centroid's nearest point). Then {@code smoothingPasses} passes of a
 * mode filter over shared vertices (vertices welded by exact world position within a Geometry, so split UV/normal
 * seams still count as shared): each vertex takes the area-weighted majority label of its incident triangles, and a
 * triangle two or three of whose vertices agree on another label takes it. This removes one-triangle spikes, so a
 * part boundary does not zig-zag along the mesh.
 *
 * <p>Cost. {@link #prepare} does all the geometry once per soup and sample set: at most O(M·k·log N) for the kNN
 * queries (M triangles, N points, parallel over triangles; about one query per occupied cell on dense meshes) and an
 * O(M) weld; {@link #transfer} then costs O(M·k) plus O(M) per
 * smoothing pass, with no tree queries, so a session re-transfers every mask cheaply. Immutable and thread-safe.
 */
public final class LabelTransfer {

    private final int triangles;
    private final int points;
    /** CSR over triangles: candidates of t are cand[off[t]..off[t+1]) with weights w[..]. */
    private final int[] off;
    private final int[] cand;
    private final float[] w;
    private final float[] area;
    private final int smoothingPasses;
    /** Welded vertex of each triangle corner (3 per triangle). */
    private final int[] vertexOfCorner;
    /** CSR over welded vertices: incident triangles. */
    private final int[] vOff;
    private final int[] vTri;

    private LabelTransfer(int triangles, int points, int[] off, int[] cand, float[] w, float[] area,
                          int smoothingPasses, int[] vertexOfCorner, int[] vOff, int[] vTri) {
        this.triangles = triangles;
        this.points = points;
        this.off = off;
        this.cand = cand;
        this.w = w;
        this.area = area;
        this.smoothingPasses = smoothingPasses;
        this.vertexOfCorner = vertexOfCorner;
        this.vOff = vOff;
        this.vTri = vTri;
    }

    /**
     * Precomputes the candidates and the shared-vertex structure.
     *
     * @param soup            the triangles (world space)
     * @param index           the sampled points (world space, same frame as the soup)
     * @param triangleOfPoint soup triangle each point was sampled on (or negative if unknown)
     * @param params          k, large-triangle factor, smoothing passes
     * @param cancelled       polled while working; when true a {@link CancellationException} is thrown
     */
    public static LabelTransfer prepare(TriangleSoup soup, SampleIndex index, int[] triangleOfPoint,
                                        TransferParams params, BooleanSupplier cancelled) {
        List<Mesh> meshes = new ArrayList<>();
        for (SourceGeometry g : soup.geometries()) {
            meshes.add(g.geometry().getMesh());
        }
        return prepare(soup, meshes, index, triangleOfPoint, params, cancelled);
    }

    /**
     * {@link #prepare(TriangleSoup, SampleIndex, int[], TransferParams, BooleanSupplier)} with the meshes the soup
     * was flattened from (index = soup geometry index), whose index buffers tell which corners share a vertex; a
     * mesh that no longer matches its soup triangles (or a null list) falls back to welding every corner by position.
     */
    public static LabelTransfer prepare(TriangleSoup soup, List<Mesh> meshes, SampleIndex index,
                                        int[] triangleOfPoint, TransferParams params, BooleanSupplier cancelled) {
        int m = soup.triangleCount();
        int n = index.size();
        if (triangleOfPoint.length != n) {
            throw new IllegalArgumentException("one triangle per point expected");
        }
        float[] p = soup.positions();
        int[] geomOf = soup.geometryOfTriangle();
        int geometries = soup.geometries().size();
        double[] areas = soup.areas();

        // h² per geometry: the area one sample stands for
        double[] gArea = new double[geometries];
        for (int t = 0; t < m; t++) {
            gArea[geomOf[t]] += areas[t];
        }
        float globalH2 = (float) (soup.totalArea() / n);
        float[] h2 = new float[geometries];
        for (int g = 0; g < geometries; g++) {
            int c = index.pointsOn(g);
            h2[g] = c > 0 ? (float) Math.max(gArea[g] / c, 1e-20) : globalH2;
        }

        // points lying on each triangle (CSR)
        int[] onOff = new int[m + 1];
        for (int t : triangleOfPoint) {
            if (t >= 0) {
                onOff[t + 1]++;
            }
        }
        for (int t = 0; t < m; t++) {
            onOff[t + 1] += onOff[t];
        }
        int[] onPts = new int[onOff[m]];
        int[] fill = new int[m];
        for (int i = 0; i < n; i++) {
            int t = triangleOfPoint[i];
            if (t >= 0) {
                onPts[onOff[t] + fill[t]++] = i;
            }
        }

        int k = params.k();
        int[] off = new int[m + 1];
        for (int t = 0; t < m; t++) {
            boolean large = areas[t] > params.largeTriangleFactor() * h2[geomOf[t]];
            int queries = large ? 4 : 1;
            int g = geomOf[t];
            int kk = Math.min(k, index.pointsOn(g) > 0 ? index.pointsOn(g) : n);
            off[t + 1] = off[t] + queries * kk + (onOff[t + 1] - onOff[t]);
        }
        int[] cand = new int[off[m]];
        float[] w = new float[off[m]];
        float[] cellSize = new float[geometries];
        for (int g = 0; g < geometries; g++) {
            cellSize[g] = (float) Math.sqrt(h2[g]) * CELL_FRACTION;
        }
        IntStream.range(0, (m + PREP_CHUNK - 1) / PREP_CHUNK).parallel().forEach(chunk -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("label transfer preparation cancelled");
            }
            int[] idx = new int[CELL_CANDIDATES * k];
            float[] dSq = new float[CELL_CANDIDATES * k];
            CellCache cache = new CellCache(CELL_CANDIDATES * k);
            int end = Math.min(m, (chunk + 1) * PREP_CHUNK);
            for (int t = chunk * PREP_CHUNK; t < end; t++) {
                int g = geomOf[t];
                float hh = h2[g];
                int o = 9 * t;
                float ax = p[o], ay = p[o + 1], az = p[o + 2];
                float bx = p[o + 3], by = p[o + 4], bz = p[o + 5];
                float cx = p[o + 6], cy = p[o + 7], cz = p[o + 8];
                float mx = (ax + bx + cx) / 3, my = (ay + by + cy) / 3, mz = (az + bz + cz) / 3;
                int wpos = off[t];
                int onCount = onOff[t + 1] - onOff[t];
                int queried = off[t + 1] - off[t] - onCount;
                int found;
                if (areas[t] > params.largeTriangleFactor() * hh) { // large triangle: exact queries at the centroid and the corner sub-triangles
                    found = index.knnOn(g, mx, my, mz, k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knnOn(g, (4 * ax + bx + cx) / 6, (4 * ay + by + cy) / 6, (4 * az + bz + cz) / 6,
                            k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knnOn(g, (ax + 4 * bx + cx) / 6, (ay + 4 * by + cy) / 6, (az + 4 * bz + cz) / 6,
                            k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knnOn(g, (ax + bx + 4 * cx) / 6, (ay + by + 4 * cy) / 6, (az + bz + 4 * cz) / 6,
                            k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                } else {
                    // Deviation from one exact query per triangle, for speed on dense meshes: small triangles in the
                    // same cell (side h/2) share one query for the 2k points nearest the cell centre, and each keeps
                    // the k of those nearest its own centroid.
                    float cs = cellSize[g];
                    int ix = (int) Math.floor(mx / cs), iy = (int) Math.floor(my / cs), iz = (int) Math.floor(mz / cs);
                    int slot = cache.lookup(g, ix, iy, iz);
                    if (slot < 0) {
                        slot = -slot - 1;
                        int f2 = index.knnOn(g, (ix + 0.5f) * cs, (iy + 0.5f) * cs, (iz + 0.5f) * cs,
                                CELL_CANDIDATES * k, idx, dSq);
                        cache.store(slot, idx, f2);
                    }
                    found = cache.nearest(slot, index.xyz(), mx, my, mz, queried, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                }
                float wOn = 1f / hh; // points on the triangle: distance 0
                for (int j = onOff[t]; j < onOff[t + 1]; j++) {
                    cand[wpos] = onPts[j];
                    w[wpos++] = wOn;
                }
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("label transfer preparation cancelled");
        }
        float[] triArea = new float[m];
        for (int t = 0; t < m; t++) {
            triArea[t] = (float) areas[t];
        }
        int[] vertexOfCorner = null, vOff = null, vTri = null;
        if (params.smoothingPasses() > 0) {
            int[] meshVertexCount = new int[1];
            int[] meshVertexOfCorner = meshVertexKeys(soup, meshes, meshVertexCount);
            vertexOfCorner = VertexWelding.weld(p, geomOf, meshVertexOfCorner, meshVertexCount[0]);
            int vertices = 0;
            for (int v : vertexOfCorner) {
                vertices = Math.max(vertices, v + 1);
            }
            vOff = new int[vertices + 1];
            for (int v : vertexOfCorner) {
                vOff[v + 1]++;
            }
            for (int v = 0; v < vertices; v++) {
                vOff[v + 1] += vOff[v];
            }
            vTri = new int[vOff[vertices]];
            int[] vFill = new int[vertices];
            for (int c = 0; c < vertexOfCorner.length; c++) {
                int v = vertexOfCorner[c];
                vTri[vOff[v] + vFill[v]++] = c / 3;
            }
        }
        return new LabelTransfer(m, n, off, cand, w, triArea, params.smoothingPasses(), vertexOfCorner, vOff, vTri);
    }

    /**
     * A key per soup corner naming its mesh vertex (geometry offset + index-buffer entry), so corners sharing a mesh
     * vertex need no position hashing; null if some mesh does not match the soup any more (then every corner is
     * welded by position). {@code count[0]} receives the number of keys.
     */
    static int[] meshVertexKeys(TriangleSoup soup, List<Mesh> meshes, int[] count) {
        if (meshes == null || meshes.size() != soup.geometries().size()) {
            return null;
        }
        // per geometry either its index buffer (triangle lists, read in place) or its converted corner list
        IndexBuffer[] lists = new IndexBuffer[meshes.size()];
        int[][] corners = new int[meshes.size()][];
        int[] base = new int[meshes.size() + 1];
        for (SourceGeometry g : soup.geometries()) {
            Mesh mesh = meshes.get(g.index());
            if (mesh == null) {
                return null;
            }
            int vertices = MeshTriangles.vertexCount(mesh);
            VertexBuffer ib = mesh.getBuffer(VertexBuffer.Type.Index);
            if (mesh.getMode() == Mesh.Mode.Triangles && ib != null && ib.getData() != null && vertices > 0) {
                IndexBuffer list = mesh.getIndexBuffer();
                if (list.size() / 3 != g.triangleCount()) {
                    return null;
                }
                lists[g.index()] = list;
            } else {
                int[] c = MeshTriangles.indices(mesh);
                if (c.length != 3 * g.triangleCount()) {
                    return null;
                }
                corners[g.index()] = c;
            }
            base[g.index() + 1] = base[g.index()] + vertices;
        }
        int[] geomOf = soup.geometryOfTriangle();
        int[] src = soup.sourceTriangleIndex();
        int m = geomOf.length;
        int[] keys = new int[3 * m];
        boolean[] bad = new boolean[1];
        IntStream.range(0, (m + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> { // each triangle writes its own slots
            int end = Math.min(m, (chunk + 1) * CHUNK);
            for (int t = chunk * CHUNK; t < end; t++) {
                int g = geomOf[t];
                int s = 3 * src[t];
                int b = base[g];
                int vertices = base[g + 1] - b;
                for (int j = 0; j < 3; j++) {
                    int v = lists[g] != null ? lists[g].get(s + j) : corners[g][s + j];
                    if (v < 0 || v >= vertices) {
                        bad[0] = true; // changed since flattening
                        return;
                    }
                    keys[3 * t + j] = b + v;
                }
            }
        });
        count[0] = base[meshes.size()];
        return bad[0] ? null : keys;
    }

    private static final int CHUNK = 2048;
    /** Triangles per preparation task: large enough that neighbouring mesh rows share cells within a task. */
    private static final int PREP_CHUNK = 16384;
    /** Points fetched per shared cell query, in multiples of k. */
    private static final int CELL_CANDIDATES = 2;
    /** Cell side for shared queries, as a fraction of the sample spacing h. */
    private static final float CELL_FRACTION = 0.5f;

    /**
     * A direct-mapped cache of (geometry, cell) → the 2k points nearest the cell centre, per preparation task.
     * Not thread-safe (one per task).
     */
    private static final class CellCache {
        private static final int SLOTS = 4096;
        private final int width;
        private final int[] keyG = new int[SLOTS];
        private final int[] keyX = new int[SLOTS];
        private final int[] keyY = new int[SLOTS];
        private final int[] keyZ = new int[SLOTS];
        private final int[] count = new int[SLOTS];
        private final int[] points;

        CellCache(int width) {
            this.width = width;
            this.points = new int[SLOTS * width];
            java.util.Arrays.fill(keyG, -1);
        }

        /** The slot holding the cell, or -(slot + 1) of the slot to fill. */
        int lookup(int g, int x, int y, int z) {
            int h = (x * 0x9E3779B1) ^ (y * 0x85EBCA77) ^ (z * 0xC2B2AE3D) ^ (g * 0x27D4EB2F);
            h ^= h >>> 15;
            int slot = h & (SLOTS - 1);
            if (keyG[slot] == g && keyX[slot] == x && keyY[slot] == y && keyZ[slot] == z) {
                return slot;
            }
            keyG[slot] = g;
            keyX[slot] = x;
            keyY[slot] = y;
            keyZ[slot] = z;
            return -slot - 1;
        }

        void store(int slot, int[] idx, int found) {
            System.arraycopy(idx, 0, points, slot * width, found);
            count[slot] = found;
        }

        /** The {@code k} cached points nearest (x, y, z), nearest first, into idx/dSq; returns how many. */
        int nearest(int slot, float[] xyz, float x, float y, float z, int k, int[] idx, float[] dSq) {
            int n = 0;
            int base = slot * width;
            for (int j = 0; j < count[slot]; j++) {
                int pt = points[base + j];
                float dx = xyz[3 * pt] - x, dy = xyz[3 * pt + 1] - y, dz = xyz[3 * pt + 2] - z;
                float d = dx * dx + dy * dy + dz * dz;
                if (n < k) {
                    n++;
                } else if (d >= dSq[k - 1]) {
                    continue;
                }
                int i = n - 1; // insertion into the sorted prefix
                while (i > 0 && dSq[i - 1] > d) {
                    dSq[i] = dSq[i - 1];
                    idx[i] = idx[i - 1];
                    i--;
                }
                dSq[i] = d;
                idx[i] = pt;
            }
            return n;
        }
    }

    private static int put(int[] cand, float[] w, int wpos, int[] idx, float[] dSq, int found, float hh) {
        for (int j = 0; j < found; j++) {
            cand[wpos] = idx[j];
            w[wpos++] = 1f / (dSq[j] + hh);
        }
        return wpos;
    }

    public int triangleCount() {
        return triangles;
    }

    public int pointCount() {
        return points;
    }

    /**
     * Labels every triangle.
     *
     * @param labelOfPoint label per sampled point; any int (negative labels such as "unlabelled" vote like others)
     * @return label per soup triangle
     */
    public int[] transfer(int[] labelOfPoint) {
        if (labelOfPoint.length != points) {
            throw new IllegalArgumentException(labelOfPoint.length + " labels for " + points + " points");
        }
        int[] out = new int[triangles];
        IntStream.range(0, (triangles + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            int end = Math.min(triangles, (chunk + 1) * CHUNK);
            for (int t = chunk * CHUNK; t < end; t++) {
                out[t] = vote(labelOfPoint, off[t], off[t + 1]);
            }
        });
        int[] cur = out;
        for (int pass = 0; pass < smoothingPasses; pass++) {
            cur = smooth(cur);
        }
        return cur;
    }

    /** {@link #transfer} of a binary selection: true where the selected points win the vote. */
    public boolean[] transferMask(boolean[] selectedPoint) {
        int[] labels = new int[selectedPoint.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = selectedPoint[i] ? 1 : 0;
        }
        int[] t = transfer(labels);
        boolean[] out = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i] == 1;
        }
        return out;
    }

    /** Weighted majority over candidates [from, to); O(c·distinct labels). */
    private int vote(int[] labelOfPoint, int from, int to) {
        int best = labelOfPoint[cand[from]];
        float bestW = -1;
        for (int j = from; j < to; j++) {
            int l = labelOfPoint[cand[j]];
            boolean seen = false;
            for (int i = from; i < j; i++) {
                if (labelOfPoint[cand[i]] == l) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                continue;
            }
            float s = 0;
            for (int i = j; i < to; i++) {
                if (labelOfPoint[cand[i]] == l) {
                    s += w[i];
                }
            }
            if (s > bestW) {
                bestW = s;
                best = l;
            }
        }
        return best;
    }

    /** One pass of the shared-vertex mode filter. */
    private int[] smooth(int[] labels) {
        int vertices = vOff.length - 1;
        int[] modeOfVertex = new int[vertices];
        IntStream.range(0, (vertices + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            int end = Math.min(vertices, (chunk + 1) * CHUNK);
            for (int v = chunk * CHUNK; v < end; v++) {
                int from = vOff[v], to = vOff[v + 1];
                int best = labels[vTri[from]];
                double bestW = -1;
                for (int j = from; j < to; j++) {
                    int l = labels[vTri[j]];
                    boolean seen = false;
                    for (int i = from; i < j; i++) {
                        if (labels[vTri[i]] == l) {
                            seen = true;
                            break;
                        }
                    }
                    if (seen) {
                        continue;
                    }
                    double s = 0;
                    for (int i = j; i < to; i++) {
                        if (labels[vTri[i]] == l) {
                            s += area[vTri[i]] + 1e-30; // zero-area triangles still count a little
                        }
                    }
                    if (s > bestW) {
                        bestW = s;
                        best = l;
                    }
                }
                modeOfVertex[v] = best;
            }
        });
        int[] out = new int[triangles];
        IntStream.range(0, (triangles + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            int end = Math.min(triangles, (chunk + 1) * CHUNK);
            for (int t = chunk * CHUNK; t < end; t++) {
                int a = modeOfVertex[vertexOfCorner[3 * t]];
                int b = modeOfVertex[vertexOfCorner[3 * t + 1]];
                int c = modeOfVertex[vertexOfCorner[3 * t + 2]];
                int own = labels[t];
                int major = a == b || a == c ? a : b == c ? b : own;
                out[t] = major;
            }
        });
        return out;
    }
}
