package org.iseg3d.bridge.transfer;

import com.jme3.scene.Mesh;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;

/**
 * Transfers labels of sampled points to every triangle of a {@link TriangleSoup}.
 *
 * <p>Rule. Each triangle t votes over candidate points of the whole model (never restricted to its Geometry:
 * issue 12, the Geometries of a model may be its ground-truth parts, so the method sees one welded soup):
 * <ul>
 *   <li>the k nearest points to its centroid (for a small triangle: the k nearest among the 2k points nearest the
 *       centre of its grid cell of side h/2, a query shared by all small triangles of that cell; this changes
 *       at most near-ties at a boundary and saves most tree queries on dense meshes),</li>
 *   <li>if its area exceeds {@code largeTriangleFactor}·h² (h² = model area / samples, the area one sample stands
 *       for), also the k nearest points to the centroids of its three corner sub-triangles,</li>
 *   <li>every point sampled on t itself (at distance 0).</li>
 * </ul>
 * A candidate at squared distance d² weighs 1 / (d² + h²); the label with the largest total weight wins (ties:
 * the label of the earliest candidate, i.e. the centroid's nearest point). Then {@code smoothingPasses} passes of a
 * mode filter over shared vertices (vertices welded by exact world position over the whole model, so split
 * UV/normal seams and Geometry borders count as shared): each vertex takes the area-weighted majority label of its incident triangles, and a
 * triangle two or three of whose vertices agree on another label takes it. This removes one-triangle spikes, so a
 * part boundary does not zig-zag along the mesh. Last, unless switched off, triangles follow the facets of the welded
 * mesh ({@link FacetVote}): a facet whose points (nearly) agree takes their label whole, a facet without points its
 * triangles' area-weighted majority, and a facet whose points disagree keeps the per-triangle vote, so big flat faces
 * are not cut along a diagonal and a facet spanning two parts stays splittable.
 *
 * <p>Cost. {@link #prepare} does all the geometry once per soup and sample set: at most O(M·k·log N) for the kNN
 * queries (M triangles, N points, parallel over triangles; about one query per occupied cell on dense meshes) and an
 * O(M) weld; {@link #transfer} then costs O(M·k) plus O(M) per
 * smoothing pass, with no tree queries, so a session re-transfers every mask cheaply. Immutable and thread-safe.
 *
 * <p>Parts: {@link TransferCandidates} (the voters and weights, with {@link CellCache} for the shared cell queries),
 * {@link VertexModeFilter} (the smoothing, over {@link VertexWelding} seeded by {@link MeshVertexKeys}).
 */
public final class LabelTransfer {

    private static final int CHUNK = 2048;

    private final int triangles;
    private final int points;
    private final TransferCandidates candidates;
    private final int smoothingPasses;
    /** Null without smoothing passes. */
    private final VertexModeFilter filter;
    /** Null when facets are off. */
    private final FacetVote facets;

    private LabelTransfer(
            int triangles,
            int points,
            TransferCandidates candidates,
            int smoothingPasses,
            VertexModeFilter filter,
            FacetVote facets) {
        this.triangles = triangles;
        this.points = points;
        this.candidates = candidates;
        this.smoothingPasses = smoothingPasses;
        this.filter = filter;
        this.facets = facets;
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
    public static LabelTransfer prepare(
            TriangleSoup soup,
            SampleIndex index,
            int[] triangleOfPoint,
            TransferParams params,
            BooleanSupplier cancelled) {
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
    public static LabelTransfer prepare(
            TriangleSoup soup,
            List<Mesh> meshes,
            SampleIndex index,
            int[] triangleOfPoint,
            TransferParams params,
            BooleanSupplier cancelled) {
        TransferCandidates candidates = TransferCandidates.of(soup, index, triangleOfPoint, params, cancelled);
        int m = soup.triangleCount();
        double[] areas = soup.areas();
        float[] triArea = new float[m];
        for (int t = 0; t < m; t++) {
            triArea[t] = (float) areas[t];
        }
        VertexModeFilter filter = params.smoothingPasses() > 0 ? VertexModeFilter.of(soup, meshes, triArea) : null;
        FacetVote facets = params.facets() ? FacetVote.of(soup, triangleOfPoint) : null;
        return new LabelTransfer(m, index.size(), candidates, params.smoothingPasses(), filter, facets);
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
                out[t] = candidates.vote(labelOfPoint, t);
            }
        });
        int[] cur = out;
        for (int pass = 0; pass < smoothingPasses; pass++) {
            cur = filter.smooth(cur);
        }
        return facets == null ? cur : facets.apply(labelOfPoint, cur);
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
}
