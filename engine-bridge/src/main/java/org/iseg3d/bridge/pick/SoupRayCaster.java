package org.iseg3d.bridge.pick;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import java.util.Optional;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * Headless ray casting over a {@link TriangleSoup}: a slab test against each Geometry's world bounding box, then
 * Möller–Trumbore (two-sided, since real assets wind faces both ways) over the triangles of the boxes the ray
 * enters, nearest box first. O(triangles of the boxes hit) per ray, no acceleration tree: a few ms for a million
 * triangles, fine for clicks. Immutable and thread-safe (works on the soup snapshot, not the live scene graph), so
 * picking can run off the render thread.
 */
public final class SoupRayCaster implements TriangleRayCaster {

    private static final float EPS = 1e-12f;

    private final TriangleSoup soup;
    private final int[] first;
    private final float[] boxes;

    public SoupRayCaster(TriangleSoup soup) {
        this.soup = soup;
        int geometries = soup.geometries().size();
        first = new int[geometries + 1];
        for (int g = 0; g < geometries; g++) {
            first[g + 1] = first[g] + soup.geometries().get(g).triangleCount();
        }
        boxes = new float[6 * geometries];
        float[] p = soup.positions();
        for (int g = 0; g < geometries; g++) {
            float[] b = {
                Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE
            };
            for (int i = 9 * first[g]; i < 9 * first[g + 1]; i++) {
                int a = i % 3;
                b[a] = Math.min(b[a], p[i]);
                b[a + 3] = Math.max(b[a + 3], p[i]);
            }
            System.arraycopy(b, 0, boxes, 6 * g, 6);
        }
    }

    /** Soup index of Geometry g's first triangle (soup triangles are contiguous per Geometry). */
    public int firstTriangle(int g) {
        return first[g];
    }

    @Override
    public Optional<RayHit> cast(Ray ray) {
        Vector3f o = ray.getOrigin();
        Vector3f d = ray.getDirection().normalize();
        float ox = o.x, oy = o.y, oz = o.z, dx = d.x, dy = d.y, dz = d.z;
        float best = ray.getLimit();
        int bestTri = -1;
        float[] p = soup.positions();
        for (int g = 0; g + 1 < first.length; g++) {
            float enter = slab(g, ox, oy, oz, dx, dy, dz);
            if (!(enter <= best)) {
                continue;
            }
            for (int t = first[g]; t < first[g + 1]; t++) {
                int k = 9 * t;
                float e1x = p[k + 3] - p[k], e1y = p[k + 4] - p[k + 1], e1z = p[k + 5] - p[k + 2];
                float e2x = p[k + 6] - p[k], e2y = p[k + 7] - p[k + 1], e2z = p[k + 8] - p[k + 2];
                float px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
                float det = e1x * px + e1y * py + e1z * pz;
                if (det > -EPS && det < EPS) {
                    continue; // parallel or degenerate
                }
                float inv = 1f / det;
                float tx = ox - p[k], ty = oy - p[k + 1], tz = oz - p[k + 2];
                float u = (tx * px + ty * py + tz * pz) * inv;
                if (u < 0f || u > 1f) {
                    continue;
                }
                float qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
                float v = (dx * qx + dy * qy + dz * qz) * inv;
                if (v < 0f || u + v > 1f) {
                    continue;
                }
                float dist = (e2x * qx + e2y * qy + e2z * qz) * inv;
                if (dist >= 0f && dist < best) {
                    best = dist;
                    bestTri = t;
                }
            }
        }
        if (bestTri < 0) {
            return Optional.empty();
        }
        return Optional.of(new RayHit(bestTri, best, new Vector3f(ox + best * dx, oy + best * dy, oz + best * dz)));
    }

    /** Entry distance of the ray into Geometry g's box (0 if inside), or +inf when it misses. */
    private float slab(int g, float ox, float oy, float oz, float dx, float dy, float dz) {
        int b = 6 * g;
        float tmin = 0f, tmax = Float.POSITIVE_INFINITY;
        float[] o = {ox, oy, oz};
        float[] d = {dx, dy, dz};
        for (int a = 0; a < 3; a++) {
            float lo = boxes[b + a], hi = boxes[b + 3 + a];
            if (Math.abs(d[a]) < EPS) {
                if (o[a] < lo || o[a] > hi) {
                    return Float.POSITIVE_INFINITY;
                }
                continue;
            }
            float t1 = (lo - o[a]) / d[a], t2 = (hi - o[a]) / d[a];
            tmin = Math.max(tmin, Math.min(t1, t2));
            tmax = Math.min(tmax, Math.max(t1, t2));
            if (tmin > tmax * (1 + 1e-6f) + 1e-6f) {
                return Float.POSITIVE_INFINITY;
            }
        }
        return tmin;
    }
}
