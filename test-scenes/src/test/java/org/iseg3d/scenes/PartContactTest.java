package org.iseg3d.scenes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parts must meet like real parts: attached pairs touch and no part floats. */
class PartContactTest {

    /** Tolerance relative to the object's bounding-box diagonal. */
    private static final double TOLERANCE = 0.01;

    /** A part matching {@code part} must touch at least one part matching {@code to}. */
    private record Rule(String part, String to) {}

    private static final Map<String, List<Rule>> RULES = Map.of(
            "mug", List.of(new Rule("handle", "body")),
            "bottle",
                    List.of(
                            new Rule("neck", "body"),
                            new Rule("cap", "neck"),
                            new Rule("handle", "body"),
                            new Rule("label", "body")),
            "chair",
                    List.of(
                            new Rule("leg_\\d", "seat"),
                            new Rule("back", "seat"),
                            new Rule("arm_.*", "seat"),
                            new Rule("star_leg_\\d", "base"),
                            new Rule("column", "seat"),
                            new Rule("column", "base"),
                            new Rule("runner_.*", "seat")),
            "table",
                    List.of(
                            new Rule("leg_\\d", "top"),
                            new Rule("pedestal", "top"),
                            new Rule("pedestal", "base"),
                            new Rule("apron", "top"),
                            new Rule("shelf", "leg_\\d"),
                            new Rule("drawer", "top")),
            "refrigerator",
                    List.of(new Rule("door_\\d|freezer_door", "body"), new Rule("handle_\\d", "door_\\d|freezer_door")),
            "faucet", List.of(new Rule("spout", "base"), new Rule("handle_\\d", "base")),
            "laptop", List.of(new Rule("screen", "base"), new Rule("keyboard", "base"), new Rule("touchpad", "base")),
            "display",
                    List.of(
                            new Rule("stand_neck", "stand_base"),
                            new Rule("stand_neck", "frame|screen"),
                            new Rule("screen", "frame|stand_neck")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.iseg3d.scenes.Benchmark#objects")
    void attachedPartsTouch(String name, SceneObject o) {
        double tol = TOLERANCE * MeshChecks.diagonal(o);
        int checked = 0;
        for (Rule rule : RULES.get(o.category())) {
            for (MeshPart p : o.parts()) {
                if (!p.name().matches(rule.part())) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                for (MeshPart q : o.parts()) {
                    if (q != p && q.name().matches(rule.to())) {
                        best = Math.min(best, MeshChecks.contactDistance(p, q, 2 * tol));
                    }
                }
                assertTrue(
                        best <= tol,
                        String.format(
                                "%s: %s should touch %s, gap %.4f m > %.4f m", name, p.name(), rule.to(), best, tol));
                checked++;
            }
        }
        assertTrue(checked >= 1, "no contact rule applied to " + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.iseg3d.scenes.Benchmark#objects")
    void noPartFloats(String name, SceneObject o) {
        double tol = TOLERANCE * MeshChecks.diagonal(o);
        List<MeshPart> parts = o.parts();
        int n = parts.size();
        boolean[][] touch = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                touch[i][j] = touch[j][i] = MeshChecks.contactDistance(parts.get(i), parts.get(j), 2 * tol) <= tol;
            }
        }
        boolean[] seen = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        seen[0] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < n; j++) {
                if (touch[i][j] && !seen[j]) {
                    seen[j] = true;
                    reached++;
                    queue.add(j);
                }
            }
        }
        StringBuilder floating = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (!seen[i]) {
                floating.append(' ').append(parts.get(i).name());
            }
        }
        assertTrue(
                reached == n, name + ": parts not connected to " + parts.get(0).name() + ":" + floating);
    }
}
