package org.iseg3d.bridge.pick;

import com.jme3.math.Vector3f;

/** What a pick found: a sampled point on the model, or nothing (with a message for the user). */
public sealed interface PickResult {

    /**
     * The ray hit the model.
     *
     * @param point         the nearest sampled point on the hit Geometry (index into the session's cloud)
     * @param triangle      the hit triangle (index into the {@link org.iseg3d.bridge.load.TriangleSoup}); -1 for picks
     *                      by world position ({@link Picker#pickNear})
     * @param geometry      its Geometry (index into {@code TriangleSoup.geometries()})
     * @param hitPoint      world position of the hit (a copy; the accessor returns a copy too)
     * @param distance      distance along the ray (world units); 0 for picks by world position
     * @param pointDistance distance from the hit position to the chosen sampled point
     */
    record Hit(int point, int triangle, int geometry, Vector3f hitPoint, float distance, float pointDistance)
            implements PickResult {

        public Hit {
            hitPoint = hitPoint.clone();
        }

        @Override
        public Vector3f hitPoint() {
            return hitPoint.clone();
        }
    }

    /**
     * Nothing of the model was hit: the click is ignored.
     *
     * @param message one line for the user, e.g. "the click is not on the model"
     */
    record OffModel(String message) implements PickResult {}
}
