package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SourceGeometry;
import org.iseg3d.bridge.load.TriangleSoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d parts MODEL...}: loads each model ({@link SceneLoader}) and lists its labelled parts - the
 * {@code iseg3d.partId} / {@code iseg3d.part} user data write-back stores (glTF node extras after export) - with
 * their Geometries and triangles, and the unlabelled rest. Exit code 1 if a model has no labelled part.
 */
@Command(
        name = "parts",
        mixinStandardHelpOptions = true,
        description = "List the labelled parts (iseg3d.part user data) of models, e.g. after " + "'iseg3d segment'.")
final class PartsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Models to inspect.")
    List<Path> models;

    private record Row(String name, int[] geometriesAndTriangles) {}

    @Override
    public Integer call() throws Exception {
        int code = 0;
        for (Path model : models) {
            LoadedScene scene = new SceneLoader().load(model);
            TriangleSoup soup = SceneFlattener.flatten(scene);
            Map<Integer, Row> parts = new TreeMap<>();
            int unlabelledGeometries = 0;
            int unlabelledTriangles = 0;
            for (SourceGeometry g : soup.geometries()) {
                PartUserData.Label label = PartUserData.of(g.geometry()).orElse(null);
                if (label == null) {
                    unlabelledGeometries++;
                    unlabelledTriangles += g.triangleCount();
                    continue;
                }
                int[] c = parts.computeIfAbsent(label.id(), id -> new Row(label.name(), new int[2]))
                        .geometriesAndTriangles();
                c[0]++;
                c[1] += g.triangleCount();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s (%s): %d labelled parts, %d triangles%n",
                    model,
                    scene.format().description(),
                    parts.size(),
                    soup.triangleCount());
            System.out.printf(Locale.ROOT, "  %4s  %-20s %10s %10s%n", "id", "part", "geometries", "triangles");
            parts.forEach((id, r) -> System.out.printf(
                    Locale.ROOT,
                    "  %4d  %-20s %10d %10d%n",
                    id,
                    r.name(),
                    r.geometriesAndTriangles()[0],
                    r.geometriesAndTriangles()[1]));
            System.out.printf(
                    Locale.ROOT,
                    "  %4s  %-20s %10d %10d%n",
                    "",
                    "(no part)",
                    unlabelledGeometries,
                    unlabelledTriangles);
            if (parts.isEmpty()) {
                System.err.println("iseg3d: " + model.getFileName() + ": no labelled parts");
                code = 1;
            }
        }
        return code;
    }
}
