package org.iseg3d.bridge.session;

import com.jme3.math.Vector3f;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.Mask;

/**
 * The session commands that change the current selection: a click on a pick, a scribble, new click parameters,
 * clearing. Each segments the clicks over the current embedding at once ({@link PreparedShape#segment}); a negative
 * click or a scribble also asks the {@link FinetuneCoordinator} for a round, which never delays the click.
 */
final class ClickCommands {

    private static final Logger LOG = LogManager.getLogger(ClickCommands.class);

    private final SceneOpener opener;
    private final FinetuneCoordinator finetune;

    ClickCommands(SceneOpener opener, FinetuneCoordinator finetune) {
        this.opener = opener;
        this.finetune = finetune;
    }

    /** A click where {@code pick} (run on the worker over the opened shape) hits; ignored off the model. */
    Command<ClickOutcome> click(Function<PreparedShape, PickResult> pick, boolean positive) {
        return (s, token) -> {
            PreparedShape p = opener.requireShape();
            PickResult r = pick.apply(p);
            if (r instanceof PickResult.OffModel off) {
                LOG.debug("click ignored: {}", off.message());
                return Outcome.done(null, new ClickOutcome.Ignored(off.message()));
            }
            PickResult.Hit hit = (PickResult.Hit) r;
            List<Click> clicks = new ArrayList<>(s.clicks());
            clicks.add(new Click(hit.point(), positive));
            SessionState next = p.segment(s, clicks);
            if (!positive) {
                finetune.request(clicks);
            }
            return Outcome.done(next, new ClickOutcome.Accepted(next, List.of(hit.point())));
        };
    }

    /** Negative clicks on the samples nearest {@code worldPoints} (copies), without duplicates or repeats. */
    Command<ClickOutcome> scribble(List<Vector3f> worldPoints) {
        return (s, token) -> {
            PreparedShape p = opener.requireShape();
            Set<Integer> points = new LinkedHashSet<>();
            for (Vector3f v : worldPoints) {
                if (p.picker.pickNear(v) instanceof PickResult.Hit h) {
                    points.add(h.point());
                }
            }
            for (Click c : s.clicks()) {
                if (!c.positive()) {
                    points.remove(c.point());
                }
            }
            if (points.isEmpty()) {
                return Outcome.done(null, new ClickOutcome.Ignored("no scribble point is on the model"));
            }
            List<Click> clicks = new ArrayList<>(s.clicks());
            points.forEach(i -> clicks.add(Click.negative(i)));
            SessionState next = p.segment(s, clicks);
            finetune.request(clicks);
            return Outcome.done(next, new ClickOutcome.Accepted(next, List.copyOf(points)));
        };
    }

    /** The current clicks segmented again with new α / post-processing (same embedding). */
    Command<SessionState> clickParams(ClickParams params) {
        return (s, token) -> {
            PreparedShape p = opener.requireShape();
            p.useClickParams(params);
            SessionState next = p.segment(s, s.clicks());
            return Outcome.done(next, next);
        };
    }

    /** No clicks, empty selection. */
    Command<SessionState> clear() {
        return (s, token) -> {
            PreparedShape p = opener.requireShape();
            SessionState next = s.withSelection(
                    List.of(),
                    Mask.empty(p.scene.shape().size()),
                    new boolean[p.scene.soup().triangleCount()]);
            return Outcome.done(next, next);
        };
    }
}
