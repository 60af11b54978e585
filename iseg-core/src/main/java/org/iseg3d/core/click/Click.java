package org.iseg3d.core.click;

/**
 * One user click on a point of the cloud: positive (c^pos, "this belongs") or negative (c^neg, "this does
 * not"), paper Sec. 3.2.
 *
 * @param point    index of the clicked point in the cloud
 * @param positive true for a positive click
 */
public record Click(int point, boolean positive) {

    public Click {
        if (point < 0) {
            throw new IllegalArgumentException("click point index must be >= 0, got " + point);
        }
    }

    public static Click positive(int point) {
        return new Click(point, true);
    }

    public static Click negative(int point) {
        return new Click(point, false);
    }

    /** Throws a clear error if this click does not index a cloud of {@code n} points. */
    public void checkIndex(int n) {
        if (point >= n) {
            throw new IllegalArgumentException(
                    "click on point " + point + " is out of range: the cloud has " + n + " points");
        }
    }
}
