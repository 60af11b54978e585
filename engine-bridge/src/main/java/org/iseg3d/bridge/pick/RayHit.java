package org.iseg3d.bridge.pick;

import com.jme3.math.Vector3f;

/**
 * The nearest triangle a ray hits.
 *
 * @param triangle index into the {@link org.iseg3d.bridge.load.TriangleSoup}
 * @param distance distance along the (unit-direction) ray
 * @param point    world position of the hit (copied in and out)
 */
public record RayHit(int triangle, float distance, Vector3f point) {

    public RayHit {
        point = point.clone();
    }

    @Override
    public Vector3f point() {
        return point.clone();
    }
}
