package org.iseg3d.bridge.pick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.scene.Node;
import java.util.Optional;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PickerTest {

    static Node root;
    static TriangleSoup soup;
    static SampledShape shape;
    static SampleIndex index;
    static Picker picker;

    @BeforeAll
    static void scene() throws Exception {
        root = TestGeometry.threeBoxes();
        soup = SceneFlattener.flatten(root, "boxes");
        shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 3000, 7L);
        index = SampleIndex.of(shape, soup.geometries().size());
        picker = Picker.headless(soup, index);
    }

    private static int geometryNamed(String name) {
        return soup.geometries().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow()
                .index();
    }

    @Test
    void rayAtBoxFaceHitsThatFaceAndTheNearestSampleOnIt() {
        // the right box spans x in [1,3], y and z in [-1,1]; its front face is z = +1
        Ray ray = new Ray(new Vector3f(2.2f, 0.3f, 10f), new Vector3f(0, 0, -1));
        PickResult r = picker.pick(ray);
        PickResult.Hit hit = assertInstanceOf(PickResult.Hit.class, r);
        assertEquals(geometryNamed("right"), hit.geometry());
        float[] p = soup.positions();
        for (int c = 0; c < 3; c++) {
            assertEquals(1f, p[9 * hit.triangle() + 3 * c + 2], 1e-6f, "hit triangle lies on the z=+1 face");
        }
        assertEquals(9f, hit.distance(), 1e-5f);
        assertEquals(new Vector3f(2.2f, 0.3f, 1f).distance(hit.hitPoint()), 0f, 1e-5f);
        // the chosen sample is the nearest sample of the whole model to the hit point (brute force)
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int i = 0; i < shape.size(); i++) {
            float d = index.distanceSq(i, 2.2f, 0.3f, 1f);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        assertEquals(best, hit.point());
        assertEquals(Math.sqrt(bestD), hit.pointDistance(), 1e-5);
    }

    @Test
    void pickIgnoresGeometryBordersAndTakesTheNearestSampleOfTheModel() {
        // issue 12: the Geometries may be the ground-truth parts, so a pick never restricts itself to the hit's
        // Geometry; along the left box's right face (x=-1), towards the top box's underside, the picked sample is
        // always the nearest sample of the whole model
        for (float y = 0.5f; y <= 0.999f; y += 0.01f) {
            Ray ray = new Ray(new Vector3f(0f, y, 0f), new Vector3f(-1, 0, 0));
            PickResult.Hit hit = assertInstanceOf(PickResult.Hit.class, picker.pick(ray));
            assertEquals(geometryNamed("left"), hit.geometry());
            float nearest = Float.MAX_VALUE;
            for (int i = 0; i < shape.size(); i++) {
                nearest = Math.min(nearest, index.distanceSq(i, -1f, y, 0f));
            }
            assertEquals(nearest, index.distanceSq(hit.point(), -1f, y, 0f), 1e-9f, "y = " + y);
        }
    }

    @Test
    void rayMissingTheModelIsOffModel() {
        Ray ray = new Ray(new Vector3f(0, -10, 5), new Vector3f(0, 0, 1));
        PickResult r = picker.pick(ray);
        PickResult.OffModel off = assertInstanceOf(PickResult.OffModel.class, r);
        assertTrue(off.message().contains("not on the model"));
        Ray away = new Ray(new Vector3f(2, 0, 10), new Vector3f(0, 0, 1)); // pointing away from the box
        assertInstanceOf(PickResult.OffModel.class, picker.pick(away));
        Ray shortRay = new Ray(new Vector3f(2, 0, 10), new Vector3f(0, 0, -1));
        shortRay.setLimit(5f); // the box is 9 away
        assertInstanceOf(PickResult.OffModel.class, picker.pick(shortRay));
    }

    @Test
    void pickNearSnapsOrReportsOffModel() {
        PickResult.Hit hit = assertInstanceOf(PickResult.Hit.class, picker.pickNear(new Vector3f(2f, 1f, 0.2f)));
        assertEquals(geometryNamed("right"), hit.geometry());
        assertInstanceOf(PickResult.OffModel.class, picker.pickNear(new Vector3f(50, 50, 50)));
    }

    @Test
    void jmeCollisionAgreesWithSoupRayCasting() {
        JmeRayCaster jme = new JmeRayCaster(root, soup);
        SoupRayCaster own = new SoupRayCaster(soup);
        Ray[] rays = {
            new Ray(new Vector3f(2.2f, 0.3f, 10f), new Vector3f(0, 0, -1)),
            new Ray(new Vector3f(-2.5f, 10f, 0.4f), new Vector3f(0, -1, 0)),
            new Ray(new Vector3f(-10f, 0.2f, -0.3f), new Vector3f(1, 0, 0)),
            new Ray(new Vector3f(0.3f, 2.7f, 10f), new Vector3f(0.01f, -0.02f, -1).normalizeLocal()),
        };
        for (Ray ray : rays) {
            Optional<RayHit> a = jme.cast(ray);
            Optional<RayHit> b = own.cast(ray);
            assertTrue(a.isPresent() && b.isPresent());
            assertEquals(b.get().triangle(), a.get().triangle());
            assertEquals(b.get().distance(), a.get().distance(), 1e-4f);
        }
        assertTrue(jme.cast(new Ray(new Vector3f(0, -10, 5), new Vector3f(0, 0, 1)))
                .isEmpty());
    }

    @Test
    void screenRayThroughTheCentreOfTheViewHitsWhatTheCameraLooksAt() {
        Camera cam = new Camera(640, 480);
        cam.setFrustumPerspective(45f, 640f / 480f, 0.1f, 100f);
        cam.setLocation(new Vector3f(2f, 0f, 10f));
        cam.lookAt(new Vector3f(2f, 0f, 0f), Vector3f.UNIT_Y);
        cam.update();
        Ray ray = ScreenRays.fromScreen(cam, 320, 240);
        PickResult.Hit hit = assertInstanceOf(PickResult.Hit.class, picker.pick(ray));
        assertEquals(geometryNamed("right"), hit.geometry());
        assertEquals(0f, hit.hitPoint().distance(new Vector3f(2f, 0f, 1f)), 1e-3f);
        // AWT y is flipped: the pixel above the centre in AWT is below it in jME
        Ray awt = ScreenRays.fromAwt(cam, 320, 100);
        Ray jme = ScreenRays.fromScreen(cam, 320, 380);
        assertEquals(0f, awt.getDirection().distance(jme.getDirection()), 1e-6f);
    }
}
