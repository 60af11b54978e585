package org.iseg3d.bridge.writeback;

import com.jme3.material.MatParamOverride;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.bridge.io.PartUserData;

/**
 * A write-back built by {@link SceneWriteBack#prepare}: new meshes and Geometries, nothing attached yet.
 * {@link #apply()} and {@link #revert()} change the scene graph and must run on the scene (render) thread, e.g.
 * through {@code app.enqueue}. They can alternate any number of times; revert restores the exact earlier scene
 * (same Geometry objects, same Mesh objects, same child order). Not thread-safe.
 */
public final class PreparedWriteBack {

    /** One per-part Geometry to create. */
    record Piece(int partId, String partName, Geometry geometry, int triangleCount) {
    }

    /** One affected Geometry: its original mesh, the mesh of its unlabelled rest (or null) and its pieces. */
    record Split(Geometry original, Mesh originalMesh, Mesh remainder, int remainderTriangles, List<Piece> pieces) {
    }

    /** Summary of one per-part Geometry, for reports and UIs. */
    public record PieceInfo(int partId, String partName, String geometryName, int triangleCount) {
    }

    private final List<Split> splits;
    private final List<Node> createdNodes = new ArrayList<>();
    private final List<Restore> restores = new ArrayList<>();
    private boolean applied;

    private record Restore(Split split, Node parent, int index, Mesh meshBefore, boolean detached) {
    }

    PreparedWriteBack(List<Split> splits) {
        this.splits = splits;
    }

    /** True between {@link #apply()} and {@link #revert()}. */
    public boolean isApplied() {
        return applied;
    }

    /** Number of Geometries this write-back splits. */
    public int affectedGeometries() {
        return splits.size();
    }

    /** The per-part Geometries, in creation order. */
    public List<PieceInfo> pieces() {
        List<PieceInfo> out = new ArrayList<>();
        for (Split s : splits) {
            for (Piece p : s.pieces()) {
                out.add(new PieceInfo(p.partId(), p.partName(), p.geometry().getName(), p.triangleCount()));
            }
        }
        return out;
    }

    /**
     * Changes the scene graph (scene thread only).
     *
     * @throws IllegalStateException if already applied, or an affected Geometry has no parent Node
     */
    public void apply() {
        if (applied) {
            throw new IllegalStateException("write-back already applied");
        }
        for (Split s : splits) {
            if (s.original().getParent() == null) {
                throw new IllegalStateException("geometry '" + s.original().getName()
                        + "' has no parent Node: write-back needs one to hold the part Nodes");
            }
        }
        Map<Node, Map<Integer, Node>> partNodes = new IdentityHashMap<>();
        for (Split s : splits) {
            Geometry g = s.original();
            Node parent = g.getParent();
            int index = parent.getChildIndex(g);
            for (Piece p : s.pieces()) {
                Node partNode = partNodes.computeIfAbsent(parent, k -> new java.util.HashMap<>())
                        .computeIfAbsent(p.partId(), id -> {
                            Node n = new Node(p.partName());
                            n.setUserData(PartUserData.PART, p.partName());
                            n.setUserData(PartUserData.PART_ID, p.partId());
                            parent.attachChild(n);
                            createdNodes.add(n);
                            return n;
                        });
                Geometry piece = p.geometry();
                copyLook(g, piece);
                piece.setUserData(PartUserData.PART, p.partName());
                piece.setUserData(PartUserData.PART_ID, p.partId());
                partNode.attachChild(piece);
            }
            boolean detach = s.remainder() == null;
            restores.add(new Restore(s, parent, index, g.getMesh(), detach));
            if (detach) {
                parent.detachChild(g);
            } else {
                g.setMesh(s.remainder());
            }
        }
        applied = true;
    }

    /** Restores the scene graph as it was before {@link #apply()} (scene thread only). */
    public void revert() {
        if (!applied) {
            throw new IllegalStateException("write-back is not applied");
        }
        for (Node n : createdNodes) {
            n.removeFromParent();
        }
        createdNodes.clear();
        for (int i = restores.size() - 1; i >= 0; i--) {
            Restore r = restores.get(i);
            Geometry g = r.split().original();
            g.setMesh(r.meshBefore());
            if (r.detached()) {
                r.parent().attachChildAt(g, r.index());
            }
        }
        restores.clear();
        applied = false;
    }

    /** Copies what a Geometry looks like (not its mesh or controls) onto a per-part piece. */
    private static void copyLook(Geometry from, Geometry to) {
        to.setLocalTransform(from.getLocalTransform());
        to.setMaterial(from.getMaterial());
        to.setQueueBucket(from.getLocalQueueBucket());
        to.setShadowMode(from.getLocalShadowMode());
        to.setCullHint(from.getLocalCullHint());
        to.setBatchHint(from.getLocalBatchHint());
        for (String key : from.getUserDataKeys()) {
            to.setUserData(key, from.getUserData(key));
        }
        for (MatParamOverride o : from.getLocalMatParamOverrides()) {
            if (!to.getLocalMatParamOverrides().contains(o)) {
                to.addMatParamOverride(o);
            }
        }
    }
}
