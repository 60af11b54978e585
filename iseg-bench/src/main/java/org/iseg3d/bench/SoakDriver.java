package org.iseg3d.bench;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.propose.Proposals;

/**
 * The random user of {@code iseg3d soak}: picks a session and an action, runs it to completion, checks the state.
 * Actions are chosen so that none is invalid (accept only with a selection, merge only with two parts, …): any
 * exception is a failure. Not thread-safe.
 */
public final class SoakDriver {

    private enum Action {
        POSITIVE(22),
        POSITIVE_RAY(8),
        NEGATIVE(14),
        SCRIBBLE(8),
        PROPOSAL(5),
        UNDO(14),
        REDO(6),
        ACCEPT(8),
        CLEAR(4),
        RENAME(2),
        DELETE(2),
        MERGE(2),
        APPLY(1),
        ALPHA(2),
        OFF_MODEL(2);

        final int weight;

        Action(int weight) {
            this.weight = weight;
        }
    }

    private final List<SegmentationSession> sessions;
    private final SplittableRandom rnd;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private final int totalWeight;
    private int partCounter;

    public SoakDriver(List<SegmentationSession> sessions, long seed) {
        this.sessions = sessions;
        this.rnd = new SplittableRandom(seed);
        int w = 0;
        for (Action a : Action.values()) {
            w += a.weight;
            counts.put(a.name().toLowerCase(java.util.Locale.ROOT), 0);
        }
        this.totalWeight = w;
    }

    public Map<String, Integer> counts() {
        return new LinkedHashMap<>(counts);
    }

    public List<String> failures() {
        return failures;
    }

    /** Durations of the actions after the first {@code skip}, ns. */
    public long[] measuredNanos(int skip) {
        return nanos.stream().skip(skip).mapToLong(Long::longValue).toArray();
    }

    /** Runs {@code n} random actions; {@code step} after each. */
    public void run(int n, Runnable step) {
        for (int i = 0; i < n; i++) {
            SegmentationSession s = sessions.get(rnd.nextInt(sessions.size()));
            Action a = pick();
            long t0 = System.nanoTime();
            try {
                perform(s, a);
                check(s);
            } catch (Exception | AssertionError e) {
                Throwable c =
                        e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                failures.add(
                        a + " on " + s.scene().map(x -> x.soup().fileName()).orElse("?") + ": " + c);
                org.apache.logging.log4j.LogManager.getLogger(SoakDriver.class).warn("soak action {} failed", a, c);
            }
            nanos.add(System.nanoTime() - t0);
            counts.merge(a.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            step.run();
        }
    }

    private Action pick() {
        int r = rnd.nextInt(totalWeight);
        for (Action a : Action.values()) {
            r -= a.weight;
            if (r < 0) {
                return a;
            }
        }
        throw new IllegalStateException();
    }

    private void perform(SegmentationSession s, Action a) throws Exception {
        SampledShape shape = s.scene().orElseThrow().shape();
        PointCloud c = shape.cloud();
        SessionState st = s.state();
        switch (a) {
            case POSITIVE, NEGATIVE -> s.click(at(c, rnd.nextInt(c.size())), a == Action.POSITIVE)
                    .get(60, TimeUnit.SECONDS);
            case POSITIVE_RAY -> {
                int i = rnd.nextInt(c.size());
                Vector3f p = at(c, i);
                Vector3f n = new Vector3f(c.normals()[3 * i], c.normals()[3 * i + 1], c.normals()[3 * i + 2]);
                float scale = diagonal(s);
                Ray ray = new Ray(p.add(n.mult(scale)), n.negate());
                s.click(ray, true).get(60, TimeUnit.SECONDS);
            }
            case OFF_MODEL -> {
                float far = 1000f * diagonal(s) + 1000f;
                s.click(new Vector3f(far, far, far), true).get(60, TimeUnit.SECONDS);
            }
            case SCRIBBLE -> {
                int i = rnd.nextInt(c.size());
                List<Vector3f> pts = new ArrayList<>();
                int len = 3 + rnd.nextInt(12);
                for (int k = 0; k < len; k++) {
                    pts.add(at(c, (i + k * 7) % c.size()));
                }
                s.scribble(pts).get(60, TimeUnit.SECONDS);
            }
            case PROPOSAL -> {
                Proposals p = s.proposals().get();
                if (p != null && p.count() > 0) {
                    s.clickProposal(rnd.nextInt(p.count())).get(60, TimeUnit.SECONDS);
                }
            }
            case UNDO -> s.undo().get(60, TimeUnit.SECONDS);
            case REDO -> s.redo().get(60, TimeUnit.SECONDS);
            case ACCEPT -> {
                if (st.maskTriangles() > 0) {
                    s.acceptPart("part-" + (partCounter++)).get(60, TimeUnit.SECONDS);
                }
            }
            case CLEAR -> s.clearClicks().get(60, TimeUnit.SECONDS);
            case RENAME -> {
                if (!st.parts().isEmpty()) {
                    Part p = st.parts().get(rnd.nextInt(st.parts().size()));
                    s.renamePart(p.id(), "renamed-" + (partCounter++)).get(60, TimeUnit.SECONDS);
                }
            }
            case DELETE -> {
                if (!st.parts().isEmpty()) {
                    s.deletePart(st.parts().get(rnd.nextInt(st.parts().size())).id())
                            .get(60, TimeUnit.SECONDS);
                }
            }
            case MERGE -> {
                if (st.parts().size() >= 2) {
                    s.mergeParts(st.parts().get(0).id(), st.parts().get(1).id()).get(60, TimeUnit.SECONDS);
                }
            }
            case APPLY -> {
                if (!st.parts().isEmpty()) {
                    s.apply().get(120, TimeUnit.SECONDS);
                }
            }
            case ALPHA -> s.setClickParams(ClickParams.DEFAULTS
                            .withAlpha(0.25f + 0.25f * (float) rnd.nextDouble())
                            .withOutlierRemoval(rnd.nextInt(4) != 0)
                            .withSmoothing(rnd.nextInt(4) != 0))
                    .get(60, TimeUnit.SECONDS);
            default -> throw new IllegalStateException(a.toString());
        }
    }

    private static float diagonal(SegmentationSession s) {
        float[] b = s.scene().orElseThrow().soup().bounds();
        return new Vector3f(b[3] - b[0], b[4] - b[1], b[5] - b[2]).length();
    }

    private static Vector3f at(PointCloud c, int i) {
        return new Vector3f(c.x(i), c.y(i), c.z(i));
    }

    /** Invariants of a session state. */
    private static void check(SegmentationSession s) {
        SessionState st = s.state();
        SampledShape shape = s.scene().orElseThrow().shape();
        int n = shape.size();
        int tris = s.scene().orElseThrow().soup().triangleCount();
        require(st.mask().size() == n && st.partOfPoint().length == n, "point arrays have the wrong size");
        require(
                st.triangleMask().length == tris && st.partOfTriangle().length == tris,
                "triangle arrays have the wrong size");
        int count = 0;
        for (boolean b : st.triangleMask()) {
            count += b ? 1 : 0;
        }
        require(count == st.maskTriangles(), "maskTriangles " + st.maskTriangles() + " but " + count + " selected");
        for (Click c : st.clicks()) {
            require(c.point() < n, "click on point " + c.point() + " of " + n);
        }
        Set<Integer> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Part p : st.parts()) {
            require(ids.add(p.id()) && names.add(p.name()), "duplicate part " + p);
            require(p.id() < st.nextPartId(), "part id " + p.id() + " >= next id " + st.nextPartId());
        }
        for (int id : st.partOfTriangle()) {
            require(id == SessionState.NO_PART || ids.contains(id), "triangle labelled with unknown part " + id);
        }
        for (int id : st.partOfPoint()) {
            require(id == SessionState.NO_PART || ids.contains(id), "point labelled with unknown part " + id);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
