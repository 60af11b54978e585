package org.iseg3d.bridge.pick;

import com.jme3.math.Ray;
import java.util.Optional;

/** Finds the nearest triangle of a scene a ray hits. Implementations state their thread rules. */
public interface TriangleRayCaster {

    /** The nearest hit within the ray's limit, or empty when the ray misses every triangle. */
    Optional<RayHit> cast(Ray ray);
}
