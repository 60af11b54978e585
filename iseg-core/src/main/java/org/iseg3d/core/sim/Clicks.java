package org.iseg3d.core.sim;

import org.iseg3d.core.click.Click;

import java.util.List;

/** Small helpers over click lists. */
final class Clicks {

    private Clicks() {
    }

    static boolean[] clickedPoints(List<Click> clicks, int n) {
        boolean[] clicked = new boolean[n];
        for (Click c : clicks) {
            clicked[c.point()] = true;
        }
        return clicked;
    }
}
