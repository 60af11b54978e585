package org.iseg3d.core.bench;

import java.util.concurrent.TimeUnit;
import org.iseg3d.core.mesh.FacetParams;
import org.iseg3d.core.mesh.Facets;
import org.iseg3d.core.mesh.TestMeshes;
import org.iseg3d.core.mesh.TriangleMesh;
import org.iseg3d.core.mesh.VertexWelding;
import org.iseg3d.core.mesh.WeldedMesh;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Facets of a ~1M-triangle soup: {@code box} is a box of 6 × 289² quads (1,002,252 triangles, 6 facets),
 * {@code sphere} a UV sphere of 1000 × 500 quads (998,000 triangles, 1 facet), {@code shuffled} the box with its
 * triangles in random order (no memory locality). {@code weld} is the welding alone, {@code facets} welding + facets.
 * Single-shot samples (the budget is one call ≤ 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class FacetsBenchmark {

    @Param({"box", "sphere", "shuffled"})
    String shape;

    TriangleMesh mesh;

    @Setup
    public void setup() {
        mesh = switch (shape) {
            case "box" -> TestMeshes.boxGrid(289, 1, 0.7f, 0.4f);
            case "sphere" -> TestMeshes.sphere(1000, 500);
            case "shuffled" -> {
                TriangleMesh box = TestMeshes.boxGrid(289, 1, 0.7f, 0.4f);
                yield TestMeshes.permuted(box, TestMeshes.permutation(box.triangleCount(), 1), 2);
            }
            default -> throw new IllegalArgumentException(shape);
        };
    }

    @Benchmark
    public WeldedMesh weld() {
        return VertexWelding.weld(mesh);
    }

    @Benchmark
    public Facets facets() {
        return Facets.of(mesh, FacetParams.DEFAULTS);
    }
}
