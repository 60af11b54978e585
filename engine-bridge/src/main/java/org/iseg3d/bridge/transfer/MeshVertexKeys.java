package org.iseg3d.bridge.transfer;

import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;
import java.util.List;
import java.util.stream.IntStream;
import org.iseg3d.bridge.load.MeshTriangles;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Vertex sharing from the meshes' index buffers, for {@link VertexWelding}: corners that use the same mesh vertex
 * get the same key without hashing their positions.
 */
final class MeshVertexKeys {

    private static final int CHUNK = 2048;

    private MeshVertexKeys() {}

    /**
     * A key per soup corner naming its mesh vertex (geometry offset + index-buffer entry), so corners sharing a mesh
     * vertex need no position hashing; null if some mesh does not match the soup any more (then every corner is
     * welded by position). {@code count[0]} receives the number of keys.
     */
    static int[] of(TriangleSoup soup, List<Mesh> meshes, int[] count) {
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
        IntStream.range(0, (m + CHUNK - 1) / CHUNK)
                .parallel()
                .forEach(
                        chunk -> { // each triangle writes its own slots
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
}
