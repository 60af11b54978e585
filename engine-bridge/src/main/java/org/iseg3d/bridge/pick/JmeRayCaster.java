package org.iseg3d.bridge.pick;

import com.jme3.collision.CollisionResult;
import com.jme3.collision.CollisionResults;
import com.jme3.math.Ray;
import com.jme3.scene.Geometry;
import com.jme3.scene.Spatial;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Ray casting with jME's own {@code collideWith} on the original Geometries (jME keeps a bounding-interval
 * hierarchy per mesh), for the editor. Each {@link CollisionResult} is mapped to our {@link RayHit}: its Geometry
 * to the soup Geometry, its triangle index to the soup triangle. Hits on Geometries the soup does not know (gizmos,
 * a part already written back) are skipped. Must run on the scene (render) thread, like any read of the live
 * scene graph. Not thread-safe.
 */
public final class JmeRayCaster implements TriangleRayCaster {

    private final Spatial root;
    private final Map<Geometry, Integer> firstTriangle = new IdentityHashMap<>();
    private final Map<Geometry, Integer> triangleCount = new IdentityHashMap<>();

    /**
     * @param root the scene part to test (e.g. the model's root)
     * @param soup the soup flattened from it
     */
    public JmeRayCaster(Spatial root, TriangleSoup soup) {
        this.root = root;
        int first = 0;
        for (var g : soup.geometries()) {
            firstTriangle.put(g.geometry(), first);
            triangleCount.put(g.geometry(), g.triangleCount());
            first += g.triangleCount();
        }
    }

    @Override
    public Optional<RayHit> cast(Ray ray) {
        CollisionResults results = new CollisionResults();
        root.collideWith(ray, results);
        for (int i = 0; i < results.size(); i++) { // sorted nearest first
            CollisionResult r = results.getCollision(i);
            Integer first = firstTriangle.get(r.getGeometry());
            if (first == null
                    || r.getTriangleIndex() < 0
                    || r.getTriangleIndex() >= triangleCount.get(r.getGeometry())
                    || r.getDistance() > ray.getLimit()) {
                continue;
            }
            return Optional.of(new RayHit(first + r.getTriangleIndex(), r.getDistance(), r.getContactPoint()));
        }
        return Optional.empty();
    }
}
