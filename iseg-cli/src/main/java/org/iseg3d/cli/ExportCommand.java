package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.LabelsJsonWriter;
import org.iseg3d.bridge.io.MergedGlbWriter;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.TriangleSoup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iseg3d export MODEL --to OUT}: loads any supported model and writes it as j3o, glb or gltf (atomically).
 * Part labels ({@code iseg3d.part} / {@code iseg3d.partId} user data) travel along, and a labelled scene also gets
 * the {@code OUT.labels.json} sidecar. With {@code --merge} the model is written as ONE mesh whose per-vertex
 * attribute {@code _PART} holds its current parts (the ground-truth parts: {@code .parts.json}, part labels, glTF
 * node/Geometry parts or an earlier {@code _PART}), see {@link MergedGlbWriter}: the same model with every
 * Geometry boundary removed, for checking that an evaluation does not read the answer from the mesh structure.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Convert a model to .j3o, .glb or .gltf (part labels kept; labelled scenes also get "
                + "OUT.labels.json).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Input model (.j3o, .glb, .gltf, .obj, .mesh.xml).")
    Path model;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "OUT",
            description = "Output file: .j3o, .glb (binary glTF) or .gltf (glTF with embedded buffer).")
    Path to;

    @Option(
            names = "--merge",
            description = "Write ONE mesh (.glb only) with the current parts in the per-vertex "
                    + "attribute _PART and the part names in the mesh extras (iseg3d.partNames).")
    boolean merge;

    @Option(names = "--no-labels-json", description = "Do not write OUT.labels.json for a labelled scene.")
    boolean noLabelsJson;

    @Override
    public Integer call() throws Exception {
        String out = to.getFileName() == null ? "" : to.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean j3o = out.endsWith(".j3o");
        if (!j3o && !out.endsWith(".glb") && !out.endsWith(".gltf")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--to " + to + ": unsupported output type (use .j3o, .glb or .gltf)");
        }
        if (merge && !out.endsWith(".glb")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--merge writes .glb only, not " + to);
        }
        LoadedScene scene = new SceneLoader().load(model);
        scene.warnings().forEach(w -> System.err.println("iseg3d: warning: " + w));
        if (merge) {
            TriangleSoup soup = SceneFlattener.flatten(scene);
            PartLabels labels = PartLabels.forModel(scene.file(), soup);
            String name = scene.fileName().replaceFirst("\\.[^.]*$", "");
            MergedGlbWriter.write(soup, labels, name, to);
            System.out.println("wrote " + to + " (one mesh, " + soup.triangleCount() + " triangles, "
                    + labels.partNames().size() + " parts in _PART) from " + model + " ("
                    + scene.format().description() + ")");
            return 0;
        }
        String summary;
        if (j3o) {
            SceneSaver.saveJ3o(scene.root(), to);
            summary = "j3o";
        } else {
            GltfSceneExporter.Result r = GltfSceneExporter.export(scene.root(), to);
            r.warnings().forEach(w -> System.err.println("iseg3d: warning: " + w));
            summary = r.nodes() + " nodes, " + r.meshes() + " meshes, " + r.triangles() + " triangles, " + r.labelled()
                    + " labelled nodes";
        }
        System.out.println("wrote " + to + " (" + summary + ") from " + model + " ("
                + scene.format().description() + ")");
        if (PartUserData.isLabelled(scene.root()) && !noLabelsJson) {
            Path json = LabelsJsonWriter.writeSidecar(scene.root(), to);
            System.out.println("wrote " + json);
        }
        return 0;
    }
}
