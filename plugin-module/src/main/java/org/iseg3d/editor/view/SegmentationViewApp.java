package org.iseg3d.editor.view;

import com.jme3.app.SimpleApplication;
import com.jme3.light.AmbientLight;
import com.jme3.light.DirectionalLight;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.post.SceneProcessor;
import com.jme3.profile.AppProfiler;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Spatial;
import com.jme3.texture.FrameBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.ScreenRays;
import org.iseg3d.editor.control.OrbitCamera;
import org.iseg3d.editor.control.SceneHost;

/**
 * The jME application behind the window's 3D view: lights, the model, the overlay and an orbit camera. Implements
 * {@link SceneHost} for the controller; every scene change runs on the render thread ({@link #sceneExecutor()} is
 * {@code enqueue}). Reports, for every click, the time from the mouse event to the end of the first frame that
 * shows its overlay.
 */
public final class SegmentationViewApp extends SimpleApplication implements SceneHost {

    private static final Logger LOG = LogManager.getLogger(SegmentationViewApp.class);
    private static final float FOV_Y = 45f;

    private final OrbitCamera orbit = new OrbitCamera();
    private final LongConsumer clickCost;
    private Spatial model;
    private Geometry overlay;
    private ViewPort overlayView;
    private ClickMarkers markers;
    private ScribbleStroke stroke;
    private com.jme3.material.Material shading;
    private volatile boolean cameraDirty = true;
    private long pendingClickNanos;
    private volatile boolean started;

    /** @param clickCost told the nanoseconds from a click's mouse event to the frame showing its mask */
    public SegmentationViewApp(LongConsumer clickCost) {
        super((com.jme3.app.state.AppState[]) null);
        this.clickCost = clickCost;
    }

    @Override
    public void simpleInitApp() {
        viewPort.setBackgroundColor(new ColorRGBA(0.22f, 0.23f, 0.26f, 1f));
        DirectionalLight sun =
                new DirectionalLight(new Vector3f(-0.4f, -0.8f, -0.45f).normalizeLocal(), ColorRGBA.White.mult(1.6f));
        rootNode.addLight(sun);
        DirectionalLight fill =
                new DirectionalLight(new Vector3f(0.5f, 0.3f, 0.6f).normalizeLocal(), ColorRGBA.White.mult(0.6f));
        rootNode.addLight(fill);
        rootNode.addLight(new AmbientLight(ColorRGBA.White.mult(0.5f)));
        cam.setFrustumPerspective(FOV_Y, (float) cam.getWidth() / Math.max(1, cam.getHeight()), 0.01f, 1000f);
        // the model is drawn in neutral clay (glTF PBR materials without an environment map look black, and the
        // part colours read best on grey); its own materials are untouched and saved as they are
        // jME may live in another NetBeans module (the SDK's jME library module): let it find our shaders too
        assetManager.addClassLoader(SegmentationViewApp.class.getClassLoader());
        shading = new com.jme3.material.Material(assetManager, "org/iseg3d/editor/view/FlatClay.j3md");
        shading.setColor("Color", new ColorRGBA(0.78f, 0.78f, 0.76f, 1f));
        shading.getAdditionalRenderState().setFaceCullMode(com.jme3.material.RenderState.FaceCullMode.Off);
        viewPort.addProcessor(new ForcedShading());
        overlayView = renderManager.createMainView("iseg3d-overlay", cam);
        overlayView.setClearFlags(false, false, false);
        overlayView.attachScene(new com.jme3.scene.Node("iseg3d-overlay-root"));
        markers = new ClickMarkers(assetManager);
        overlayRoot().attachChild(markers.node());
        stroke = new ScribbleStroke(guiNode, assetManager);
        if (inputManager != null && inputManager.hasMapping(INPUT_MAPPING_EXIT)) {
            inputManager.deleteMapping(INPUT_MAPPING_EXIT); // Esc clears clicks in the editor, it must not quit
        }
        started = true;
        LOG.info(
                "jME view initialised ({}x{}, {})",
                cam.getWidth(),
                cam.getHeight(),
                renderer.getCaps().contains(com.jme3.renderer.Caps.OpenGL45) ? "OpenGL 4.5" : "OpenGL");
    }

    /**
     * Starts timing clicks to the frame that shows them. Call (on the render thread) after the AWT panel is
     * attached, so this processor runs after the panel's: the time then includes copying the frame to the window.
     */
    public void installFrameTimer() {
        guiViewPort.addProcessor(new FrameDone());
    }

    /** The viewport of the overlay (drawn after the model, same camera, nothing cleared). */
    public ViewPort getOverlayViewPort() {
        return overlayView;
    }

    private com.jme3.scene.Node overlayRoot() {
        return (com.jme3.scene.Node) overlayView.getScenes().get(0);
    }

    public boolean isStarted() {
        return started;
    }

    @Override
    public void simpleUpdate(float tpf) {
        if (cameraDirty) {
            cameraDirty = false;
            cam.setFrustumPerspective(
                    FOV_Y,
                    (float) cam.getWidth() / Math.max(1, cam.getHeight()),
                    Math.max(1e-3f, orbit.distance() * 0.01f),
                    orbit.distance() * 100f);
            cam.setLocation(orbit.location());
            cam.lookAt(orbit.target(), orbit.up());
        }
        com.jme3.scene.Node o = overlayRoot();
        o.updateLogicalState(tpf);
        o.updateGeometricState();
    }

    // ------------------------------------------------------------------ camera (render thread via enqueue)

    public void orbit(int dx, int dy) {
        enqueue(() -> {
            orbit.orbit(dx, dy);
            cameraDirty = true;
        });
    }

    public void pan(int dx, int dy) {
        enqueue(() -> {
            orbit.pan(dx, dy, cam.getHeight(), FOV_Y);
            cameraDirty = true;
        });
    }

    public void zoom(float notches) {
        enqueue(() -> {
            orbit.zoom(notches);
            cameraDirty = true;
        });
    }

    /** Draws the scribble being made (AWT coordinates); an empty path removes it. Any thread. */
    public void scribblePath(List<int[]> path) {
        List<int[]> copy = List.copyOf(path);
        enqueue(() -> stroke.show(copy, cam.getHeight()));
    }

    /** A picking ray for AWT coordinates (y down, in panel pixels); render thread. */
    public Ray rayAt(int x, int y) {
        return ScreenRays.fromAwt(cam, x, y);
    }

    /** Picking rays for a path of AWT coordinates; render thread. */
    public List<Ray> raysAt(List<int[]> path) {
        List<Ray> rays = new ArrayList<>(path.size());
        for (int[] p : path) {
            rays.add(ScreenRays.fromAwt(cam, p[0], p[1]));
        }
        return rays;
    }

    // ------------------------------------------------------------------ SceneHost

    @Override
    public Executor sceneExecutor() {
        return this::enqueue;
    }

    @Override
    public void showModel(Spatial root) {
        clear();
        model = root;
        rootNode.attachChild(root);
        root.updateGeometricState();
        // frame the model's tight bounding sphere (from its vertices), whatever the graph's merged bounds say
        ModelBounds b = ModelBounds.of(root);
        orbit.frameSphere(b.centre(), b.radius(), FOV_Y, (float) cam.getWidth() / Math.max(1, cam.getHeight()));
        markers.setModelRadius(b.radius());
        cameraDirty = true;
    }

    @Override
    public void showOverlay(TriangleSoup soup) {
        if (overlay != null) {
            overlay.removeFromParent();
        }
        overlay = OverlayMesh.create(soup, assetManager);
        overlayRoot().attachChild(overlay);
    }

    @Override
    public void updateOverlay(float[] rgba, long clickNanos) {
        if (overlay != null) {
            OverlayMesh.setColours(overlay, rgba);
            if (clickNanos != 0L) {
                pendingClickNanos = clickNanos;
            }
        }
    }

    @Override
    public void showClicks(float[] xyz, boolean[] positive) {
        markers.show(xyz, positive);
    }

    @Override
    public void clear() {
        markers.show(new float[0], new boolean[0]);
        if (model != null) {
            model.removeFromParent();
            model = null;
        }
        if (overlay != null) {
            overlay.removeFromParent();
            overlay = null;
        }
    }

    /** Draws the main viewport (the model) with the clay material. */
    private final class ForcedShading implements SceneProcessor {
        private RenderManager rm;

        @Override
        public void initialize(RenderManager renderManager, ViewPort vp) {
            rm = renderManager;
        }

        @Override
        public void reshape(ViewPort vp, int w, int h) {}

        @Override
        public boolean isInitialized() {
            return rm != null;
        }

        @Override
        public void preFrame(float tpf) {
            rm.setForcedMaterial(shading);
        }

        @Override
        public void postQueue(RenderQueue rq) {}

        @Override
        public void postFrame(FrameBuffer out) {
            rm.setForcedMaterial(null);
        }

        @Override
        public void cleanup() {}

        @Override
        public void setProfiler(AppProfiler profiler) {}
    }

    /** Ends the first frame rendered after an overlay update that came from a click. */
    private final class FrameDone implements SceneProcessor {
        private boolean init;

        @Override
        public void initialize(RenderManager rm, ViewPort vp) {
            init = true;
        }

        @Override
        public void reshape(ViewPort vp, int w, int h) {
            cameraDirty = true;
        }

        @Override
        public boolean isInitialized() {
            return init;
        }

        @Override
        public void preFrame(float tpf) {}

        @Override
        public void postQueue(RenderQueue rq) {}

        @Override
        public void postFrame(FrameBuffer out) {
            if (pendingClickNanos != 0L) {
                long ns = System.nanoTime() - pendingClickNanos;
                pendingClickNanos = 0L;
                clickCost.accept(ns);
            }
        }

        @Override
        public void cleanup() {}

        @Override
        public void setProfiler(AppProfiler profiler) {}
    }
}
