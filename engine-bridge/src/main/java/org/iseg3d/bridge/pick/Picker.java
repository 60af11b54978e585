package org.iseg3d.bridge.pick;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import java.util.Locale;
import java.util.Optional;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Turns a ray or a world position into a sampled point: ray → nearest triangle hit ({@link TriangleRayCaster}) →
 * the sampled point nearest the hit over the whole model ({@link SampleIndex}). Never restricted to the hit's
 * Geometry: how a model is split into Geometries may reveal its parts (issue 12), so a pick sees one welded surface.
 * Misses are {@link PickResult.OffModel} results. Thread-safe when its caster is (the default
 * {@link SoupRayCaster} is).
 */
public final class Picker {

    private final TriangleSoup soup;
    private final SampleIndex index;
    private final TriangleRayCaster caster;
    private final float maxSnapDistance;

    /**
     * @param maxSnapDistance a pick by world position farther than this from every sampled point is off the model
     */
    public Picker(TriangleSoup soup, SampleIndex index, TriangleRayCaster caster, float maxSnapDistance) {
        if (!(maxSnapDistance > 0)) {
            throw new IllegalArgumentException("maxSnapDistance must be > 0, got " + maxSnapDistance);
        }
        this.soup = soup;
        this.index = index;
        this.caster = caster;
        this.maxSnapDistance = maxSnapDistance;
    }

    /** A headless picker over the soup with the default snap distance {@link #defaultSnapDistance}. */
    public static Picker headless(TriangleSoup soup, SampleIndex index) {
        return new Picker(soup, index, new SoupRayCaster(soup), defaultSnapDistance(soup, index.size()));
    }

    /** Five mean sample spacings, sqrt(total area / points) each. */
    public static float defaultSnapDistance(TriangleSoup soup, int points) {
        return (float) (5 * Math.sqrt(soup.totalArea() / points));
    }

    public float maxSnapDistance() {
        return maxSnapDistance;
    }

    /** Picks along a ray. */
    public PickResult pick(Ray ray) {
        Optional<RayHit> hit = caster.cast(ray);
        if (hit.isEmpty()) {
            return new PickResult.OffModel("the click is not on the model");
        }
        RayHit h = hit.get();
        int g = soup.geometryOfTriangle()[h.triangle()];
        Vector3f at = h.point();
        int point = index.nearest(at.x, at.y, at.z);
        float d = (float) Math.sqrt(index.distanceSq(point, at.x, at.y, at.z));
        return new PickResult.Hit(point, h.triangle(), g, at, h.distance(), d);
    }

    /**
     * Picks the sampled point nearest a world position (e.g. a scribble point already on the surface); farther
     * than {@link #maxSnapDistance()} from every sample is off the model.
     */
    public PickResult pickNear(Vector3f world) {
        int point = index.nearest(world.x, world.y, world.z);
        float d = (float) Math.sqrt(index.distanceSq(point, world.x, world.y, world.z));
        if (d > maxSnapDistance) {
            return new PickResult.OffModel(String.format(
                    Locale.ROOT, "the point is %.3g from the model surface (more than %.3g)", d, maxSnapDistance));
        }
        int g = index.geometryOf(point);
        return new PickResult.Hit(point, -1, g, world, 0f, d);
    }
}
