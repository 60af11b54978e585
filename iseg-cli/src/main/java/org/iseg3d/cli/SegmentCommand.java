package org.iseg3d.cli;

import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.iseg3d.bench.Methods;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.LabelsJsonWriter;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.session.ClickOutcome;
import org.iseg3d.bridge.session.OpenedScene;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.bridge.session.PartOverlap;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionConfig;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.ClickParams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iseg3d segment --clicks clicks.json [--out scene.j3o|scene.glb|scene.gltf]... MODEL}: replays a click script
 * ({@link ClickScript}) in a {@link SegmentationSession} - each click snapped to the nearest sampled point, clicks off
 * the model skipped with a warning, each part accepted under its name - then writes the parts into the scene graph
 * ({@code apply}) and saves it: j3o atomically ({@link SceneSaver}), glb/gltf ({@link GltfSceneExporter}), each with
 * its {@code .labels.json} sidecar. Prints one summary line per part.
 */
@Command(
        name = "segment",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Replay a click script on a model and write the segmented scene (.j3o, .glb or .gltf, plus "
                + "OUT.labels.json).")
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--clicks",
            required = true,
            paramLabel = "SCRIPT",
            description = "Click script (JSON, see the README): parts, each a list of positive/negative world points.")
    Path clicks;

    @Mixin
    MethodOptions method = new MethodOptions();

    @Mixin
    ClickOptions clickOptions = new ClickOptions();

    @Mixin
    PointsOption points = new PointsOption();

    @Mixin
    SeedOption seed = new SeedOption();

    @Option(
            names = "--out",
            paramLabel = "OUT",
            description =
                    "Output file, .j3o, .glb or .gltf; repeat for several " + "(default: none, only the summary).")
    List<Path> out = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "MODEL", description = "Input model (.j3o, .glb, .gltf, .obj, .mesh.xml).")
    Path model;

    @Override
    public Integer call() throws Exception {
        for (Path o : out) {
            if (kind(o) == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--out " + o + ": unsupported output type (use .j3o, .glb or .gltf)");
            }
        }
        ClickScript script = ClickScript.read(clicks);
        String m = method.nameOr(script.method() != null ? script.method() : "fpfh");
        int n = points.points != null
                ? points.points
                : script.points() != null ? script.points() : PointsOption.DEFAULT;
        long s = seed.seed != null ? seed.seed : script.seed() != null ? script.seed() : SeedOption.DEFAULT;
        if (n < 64) {
            throw new IllegalArgumentException("--points must be >= 64");
        }
        ClickParams params = clickOptions.params();
        SessionConfig config = SessionConfig.method(Methods.byName(m, method.model))
                .withClickParams(params)
                .withPoints(n)
                .withSeed(s)
                // documented: a later part of the script takes over triangles an earlier one also selected
                .withPartOverlap(PartOverlap.STEAL);
        try (SegmentationSession session = new SegmentationSession(config)) {
            join(session.open(model));
            OpenedScene opened = session.scene().orElseThrow();
            opened.warnings().forEach(w -> System.err.println("iseg3d: warning: " + w));
            Picker picker = session.picker().orElseThrow();
            List<Integer> used = new ArrayList<>();
            int accepted = 0;
            for (ClickScript.PartScript part : script.parts()) {
                int clicksUsed = 0;
                for (int i = 0; i < part.clicks().size(); i++) {
                    ClickScript.ScriptClick c = part.clicks().get(i);
                    ClickOutcome o = join(session.click(new Vector3f(c.p()[0], c.p()[1], c.p()[2]), c.positive()));
                    if (o instanceof ClickOutcome.Ignored ignored) {
                        System.err.printf(
                                Locale.ROOT,
                                "iseg3d: warning: part \"%s\", click %d at %s is off the model" + " (%s); skipped%n",
                                part.name(),
                                i + 1,
                                ClickScript.format(c.p()),
                                ignored.message());
                    } else {
                        clicksUsed++;
                    }
                }
                List<Vector3f> scribble = new ArrayList<>();
                for (int i = 0; i < part.scribble().size(); i++) {
                    float[] p = part.scribble().get(i);
                    Vector3f v = new Vector3f(p[0], p[1], p[2]);
                    if (picker.pickNear(v) instanceof PickResult.OffModel off) {
                        System.err.printf(
                                Locale.ROOT,
                                "iseg3d: warning: part \"%s\", scribble point %d at %s is off "
                                        + "the model (%s); skipped%n",
                                part.name(),
                                i + 1,
                                ClickScript.format(p),
                                off.message());
                    } else {
                        scribble.add(v);
                    }
                }
                if (!scribble.isEmpty() && join(session.scribble(scribble)) instanceof ClickOutcome.Accepted) {
                    clicksUsed++;
                }
                if (session.state().maskTriangles() == 0) {
                    System.err.printf(
                            Locale.ROOT,
                            "iseg3d: warning: part \"%s\": nothing selected (%d of %d clicks "
                                    + "on the model); part skipped%n",
                            part.name(),
                            clicksUsed,
                            part.clicks().size());
                    join(session.clearClicks());
                    continue;
                }
                join(session.acceptPart(part.name()));
                used.add(clicksUsed);
                accepted++;
            }
            if (accepted == 0) {
                throw new IllegalArgumentException(
                        clicks.getFileName() + ": no part could be segmented on " + model.getFileName());
            }
            SessionState state = join(session.apply());
            printSummary(opened, state, script, used, m, n);
            Spatial root = opened.root();
            for (Path o : out) {
                write(root, o);
            }
        }
        return 0;
    }

    private void printSummary(
            OpenedScene opened, SessionState state, ClickScript script, List<Integer> used, String m, int n) {
        double total = opened.soup().totalArea();
        int triangles = opened.soup().triangleCount();
        System.out.printf(
                Locale.ROOT,
                "%s: %d of %d parts from %s (method %s, %d points, %d triangles)%n",
                model.getFileName(),
                state.parts().size(),
                script.parts().size(),
                clicks.getFileName(),
                m,
                n,
                triangles);
        System.out.printf(Locale.ROOT, "  %-20s %6s %10s %7s%n", "part", "clicks", "triangles", "area %");
        int labelled = 0;
        double labelledArea = 0;
        for (int i = 0; i < state.parts().size(); i++) {
            Part p = state.parts().get(i);
            labelled += p.triangleCount();
            labelledArea += p.area();
            System.out.printf(
                    Locale.ROOT,
                    "  %-20s %6d %10d %7.1f%n",
                    p.name(),
                    used.get(i),
                    p.triangleCount(),
                    100 * p.area() / total);
        }
        System.out.printf(
                Locale.ROOT,
                "  %-20s %6s %10d %7.1f%n",
                "(no part)",
                "",
                triangles - labelled,
                100 * (total - labelledArea) / total);
    }

    /** Writes the segmented scene and its labels sidecar; prints what was written. */
    static void write(Spatial root, Path o) throws Exception {
        String k = kind(o);
        String summary;
        if ("j3o".equals(k)) {
            SceneSaver.saveJ3o(root, o);
            summary = "j3o";
        } else {
            GltfSceneExporter.Result r = GltfSceneExporter.export(root, o);
            r.warnings().forEach(w -> System.err.println("iseg3d: warning: " + w));
            summary = r.nodes() + " nodes, " + r.meshes() + " meshes, " + r.triangles() + " triangles, " + r.labelled()
                    + " labelled nodes";
        }
        Path json = LabelsJsonWriter.writeSidecar(root, o);
        System.out.println("wrote " + o + " (" + summary + ") and " + json.getFileName());
    }

    /** "j3o", "glb", "gltf" or null. */
    static String kind(Path o) {
        String name = o.getFileName() == null ? "" : o.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".j3o") ? "j3o" : name.endsWith(".glb") ? "glb" : name.endsWith(".gltf") ? "gltf" : null;
    }

    /** Waits for a session command; its failure is rethrown unwrapped, so the CLI prints its one-line message. */
    static <T> T join(CompletableFuture<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof CompletionException && c.getCause() != null) {
                c = c.getCause();
            }
            if (c instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
