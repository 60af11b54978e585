package org.iseg3d.bridge.writeback;

import com.jme3.material.MatParamOverride;
import com.jme3.math.Transform;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
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
    record Piece(int partId, String partName, Geometry geometry, int triangleCount) {}

    /**
     * One affected Geometry: its original mesh, the mesh of its unlabelled rest (or null) and its pieces;
     * {@code labelled} when it carried a part label as flattened (its rest then loses the label and takes the name
     * {@code restName}, without the old part's suffix).
     */
    record Split(
            Geometry original,
            Mesh originalMesh,
            Mesh remainder,
            int remainderTriangles,
            List<Piece> pieces,
            boolean labelled,
            String restName) {}

    /** Summary of one per-part Geometry, for reports and UIs. */
    public record PieceInfo(int partId, String partName, String geometryName, int triangleCount) {}

    private final List<Split> splits;
    private final Spatial root;
    /** The inverse of every scene change {@link #apply()} made, in order; {@link #revert()} runs them backwards. */
    private final Deque<Runnable> undo = new ArrayDeque<>();

    private boolean applied;

    PreparedWriteBack(List<Split> splits, Spatial root) {
        this.splits = splits;
        this.root = root;
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
        List<Node> oldPartNodes = new ArrayList<>();
        for (Split s : splits) {
            Geometry g = s.original();
            Node parent = g.getParent();
            Node host = s.labelled() ? host(g, oldPartNodes) : parent;
            Transform local = relativeTransform(g, host);
            for (Piece p : s.pieces()) {
                Node partNode = partNodes
                        .computeIfAbsent(host, k -> new HashMap<>())
                        .computeIfAbsent(p.partId(), id -> partNode(host, p));
                Geometry piece = p.geometry();
                copyLook(g, piece, local);
                piece.setUserData(PartUserData.PART, p.partName());
                piece.setUserData(PartUserData.PART_ID, p.partId());
                partNode.attachChild(piece);
                undo.push(piece::removeFromParent);
            }
            int index = parent.getChildIndex(g);
            Mesh meshBefore = g.getMesh();
            if (s.remainder() == null) {
                parent.detachChild(g);
                undo.push(() -> parent.attachChildAt(g, index));
                continue;
            }
            g.setMesh(s.remainder());
            undo.push(() -> g.setMesh(meshBefore));
            if (s.labelled()) {
                unlabel(g);
                String nameBefore = g.getName();
                if (s.restName() != null && !s.restName().equals(nameBefore)) {
                    g.setName(s.restName());
                    undo.push(() -> g.setName(nameBefore));
                }
                if (host != parent) {
                    Transform before = g.getLocalTransform().clone();
                    parent.detachChild(g);
                    g.setLocalTransform(local);
                    host.attachChild(g);
                    undo.push(() -> {
                        g.removeFromParent();
                        g.setLocalTransform(before);
                        parent.attachChildAt(g, index);
                    });
                }
            }
        }
        detachEmpty(oldPartNodes);
        applied = true;
    }

    /** Restores the scene graph as it was before {@link #apply()} (scene thread only). */
    public void revert() {
        if (!applied) {
            throw new IllegalStateException("write-back is not applied");
        }
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        applied = false;
    }

    /** The part Node of {@code host} for a piece: an existing child with the same id and name, else a new one. */
    private Node partNode(Node host, Piece p) {
        for (Spatial c : host.getChildren()) {
            if (c instanceof Node n
                    && Integer.valueOf(p.partId()).equals(n.getUserData(PartUserData.PART_ID))
                    && p.partName().equals(n.getUserData(PartUserData.PART))) {
                return n;
            }
        }
        Node n = new Node(p.partName());
        n.setUserData(PartUserData.PART, p.partName());
        n.setUserData(PartUserData.PART_ID, p.partId());
        host.attachChild(n);
        undo.push(n::removeFromParent);
        return n;
    }

    /**
     * Where a labelled Geometry's pieces and rest go: the parent of its topmost labelled ancestor-or-self below the
     * root (its own parent if no ancestor is labelled). The labelled Nodes passed on the way are collected.
     */
    private Node host(Geometry g, List<Node> labelledAncestors) {
        Spatial top = g;
        for (Node a = g.getParent(); a != null && a != root && a.getParent() != null; a = a.getParent()) {
            if (isLabelled(a)) {
                top = a;
                if (!labelledAncestors.contains(a)) {
                    labelledAncestors.add(a);
                }
            }
        }
        return top.getParent();
    }

    private static boolean isLabelled(Spatial s) {
        return s.getUserData(PartUserData.PART_ID) != null || s.getUserData(PartUserData.PART) != null;
    }

    /** Removes the label user data a Geometry carries itself. */
    private void unlabel(Geometry g) {
        for (String key : new String[] {PartUserData.PART, PartUserData.PART_ID}) {
            Object before = g.getUserData(key);
            if (before != null) {
                g.setUserData(key, null);
                undo.push(() -> g.setUserData(key, before));
            }
        }
    }

    /** Detaches old part Nodes left without children, deepest first (so emptied parents follow). */
    private void detachEmpty(List<Node> nodes) {
        nodes.sort(Comparator.comparingInt(PreparedWriteBack::depth).reversed());
        for (Node n : nodes) {
            Node parent = n.getParent();
            if (n.getQuantity() == 0 && parent != null) {
                int index = parent.getChildIndex(n);
                parent.detachChild(n);
                undo.push(() -> parent.attachChildAt(n, index));
            }
        }
    }

    private static int depth(Spatial s) {
        int d = 0;
        for (Spatial p = s.getParent(); p != null; p = p.getParent()) {
            d++;
        }
        return d;
    }

    /** The transform of {@code g} relative to its ancestor {@code host}. */
    private static Transform relativeTransform(Geometry g, Node host) {
        Transform t = g.getLocalTransform().clone();
        for (Node a = g.getParent(); a != null && a != host; a = a.getParent()) {
            t.combineWithParent(a.getLocalTransform());
        }
        return t;
    }

    /** Copies what a Geometry looks like (not its mesh or controls) onto a per-part piece. */
    private static void copyLook(Geometry from, Geometry to, Transform local) {
        to.setLocalTransform(local);
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
