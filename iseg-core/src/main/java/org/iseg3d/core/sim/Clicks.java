package org.iseg3d.core.sim;

import java.util.List;
import org.iseg3d.core.click.Click;

/** Small helpers over click lists. */
final class Clicks {

    private Clicks() {}

    static boolean[] clickedPoints(List<Click> clicks, int n) {
        boolean[] clicked = new boolean[n];
        for (Click c : clicks) {
            clicked[c.point()] = true;
        }
        return clicked;
    }
}
