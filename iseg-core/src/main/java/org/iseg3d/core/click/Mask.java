package org.iseg3d.core.click;

import java.util.Arrays;

/**
 * An annotated segment M (paper Sec. 3.2): {@code selected[i]} tells whether point i belongs to it.
 * The array is owned by the mask; callers must not modify it.
 */
public record Mask(boolean[] selected) {

    public Mask {
        if (selected == null) {
            throw new IllegalArgumentException("mask needs an array");
        }
    }

    public static Mask empty(int n) {
        return new Mask(new boolean[n]);
    }

    public int size() {
        return selected.length;
    }

    public boolean contains(int i) {
        return selected[i];
    }

    /** Number of selected points |M|. */
    public int count() {
        int c = 0;
        for (boolean b : selected) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && Arrays.equals(selected, m.selected);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(selected);
    }

    @Override
    public String toString() {
        return "Mask[" + count() + "/" + selected.length + "]";
    }
}
