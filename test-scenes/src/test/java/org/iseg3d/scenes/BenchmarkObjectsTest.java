package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BenchmarkObjectsTest {

    private static final Map<String, Pattern> PART_NAMES = Map.of(
            "bottle", Pattern.compile("body|neck|cap|label|handle"),
            "chair",
                    Pattern.compile(
                            "seat|back|leg_[1-4]|base|column|star_leg_[1-5]|runner_(left|right)" + "|arm_(left|right)"),
            "display", Pattern.compile("screen|frame|stand_neck|stand_base"),
            "faucet", Pattern.compile("base|spout|handle_[1-2]"),
            "laptop", Pattern.compile("base|screen|keyboard|touchpad"),
            "mug", Pattern.compile("body|handle"),
            "refrigerator", Pattern.compile("body|door_[1-2]|freezer_door|handle_[1-3]"),
            "table", Pattern.compile("top|leg_[1-4]|pedestal|base|apron|shelf|drawer"));

    /** Minimum number of distinct part-name sets among the 6 default objects (structural variety). */
    private static final Map<String, Integer> MIN_STRUCTURES = Map.of(
            "bottle", 3, "chair", 4, "display", 2, "faucet", 2, "laptop", 4, "mug", 1, "refrigerator", 4, "table", 4);

    @Test
    void categoriesAreThePaperCategories() {
        assertEquals(
                List.of("bottle", "chair", "display", "faucet", "laptop", "mug", "refrigerator", "table"),
                BenchmarkGenerator.categories());
        assertThrows(IllegalArgumentException.class, () -> BenchmarkGenerator.build("sofa", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkGenerator.build("chair", -1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.iseg3d.scenes.Benchmark#objects")
    void objectIsWellFormed(String name, SceneObject o) {
        assertTrue(o.parts().size() >= 2, "at least two parts");
        assertEquals(o.parts().size(), new HashSet<>(o.partNames()).size(), "unique part names");
        assertTrue(name.matches(o.category() + "_\\d\\d"), name);
        Pattern allowed = PART_NAMES.get(o.category());
        double total = o.area();
        int triangles = o.triangleCount();
        assertTrue(triangles >= 1_500 && triangles <= 30_000, "triangle count " + triangles);
        for (MeshPart p : o.parts()) {
            String where = name + "/" + p.name();
            assertTrue(allowed.matcher(p.name()).matches(), "unexpected part name " + where);
            for (float v : p.positions()) {
                assertTrue(Float.isFinite(v), where);
            }
            assertTrue(MeshChecks.maxNormalError(p) < 1e-4, "unit normals " + where);
            assertTrue(MeshChecks.degenerateFraction(p, 1e-12) < 0.001, "degenerate triangles " + where);
            assertTrue(MeshChecks.windingAgreement(p) > 0.99, "winding agrees with normals " + where);
            double share = p.area() / total;
            assertTrue(share >= 0.005, String.format("%s covers only %.3f%% of the surface", where, 100 * share));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.iseg3d.scenes.Benchmark#objects")
    void objectStandsOnTheFloorInMetres(String name, SceneObject o) {
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (MeshPart p : o.parts()) {
            float[] v = p.positions();
            for (int i = 1; i < v.length; i += 3) {
                minY = Math.min(minY, v[i]);
                maxY = Math.max(maxY, v[i]);
            }
        }
        assertEquals(0.0, minY, 0.01, name + " rests on y = 0");
        assertTrue(maxY > 0.05 && maxY < 2.5, name + " has a real-world height: " + maxY);
    }

    @Test
    void categoriesHaveStructuralVariety() {
        for (String category : BenchmarkGenerator.categories()) {
            List<SceneObject> objects = Benchmark.all().stream()
                    .filter(o -> o.category().equals(category))
                    .toList();
            assertEquals(6, objects.size());
            Set<Set<String>> structures = new HashSet<>();
            Set<String> shapes = new TreeSet<>();
            for (SceneObject o : objects) {
                structures.add(new TreeSet<>(o.partNames()));
                shapes.add(String.format("%.4f/%d", o.area(), o.triangleCount()));
            }
            assertTrue(structures.size() >= MIN_STRUCTURES.get(category), category + " structures: " + structures);
            assertEquals(6, shapes.size(), category + " objects must all differ");
        }
    }

    @Test
    void chairsCoverTheExpectedBaseTypes() {
        List<Set<String>> chairs = Benchmark.all().stream()
                .filter(o -> o.category().equals("chair"))
                .map(o -> (Set<String>) new HashSet<>(o.partNames()))
                .toList();
        assertTrue(chairs.stream().anyMatch(s -> s.contains("leg_4")), "four-legged chair");
        assertTrue(chairs.stream().anyMatch(s -> s.containsAll(Set.of("base", "column", "star_leg_5"))), "swivel");
        assertTrue(chairs.stream().anyMatch(s -> s.contains("runner_left")), "sled base");
        assertTrue(chairs.stream().anyMatch(s -> s.contains("arm_left")), "with arms");
        assertTrue(chairs.stream().anyMatch(s -> !s.contains("arm_left")), "without arms");
    }
}
