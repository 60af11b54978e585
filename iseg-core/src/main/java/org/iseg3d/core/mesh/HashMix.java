package org.iseg3d.core.mesh;

/**
 * The integer finaliser shared by the position hash tables of the welders (iseg-core's tolerant
 * {@link VertexWelding} and engine-bridge's exact welding for label transfer): spreads the bits of a
 * combined key so that linear probing on a power-of-two table stays short.
 */
public final class HashMix {

    private HashMix() {}

    /**
     * Mixes all bits of {@code h} into every bit of the result (xor-shift-multiply finaliser).
     *
     * @param h combined key
     * @return the mixed hash
     */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h;
    }
}
