package org.iseg3d.corpus;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic train/eval split: an object is in {@code eval} when the first 8 bytes of
 * SHA-256({@code seed + ":" + objectId}), read as an unsigned fraction of 2^64, are below {@code evalFraction}.
 * Independent of the order and of the other objects, so adding a library never moves an object.
 */
public record SplitRule(long seed, double evalFraction) {

    public static final String TRAIN = "train";
    public static final String EVAL = "eval";

    /** Seed 12 (issue 12), 30 % eval. */
    public static final SplitRule DEFAULT = new SplitRule(12, 0.30);

    public String splitOf(String objectId) {
        return fraction(objectId) < evalFraction ? EVAL : TRAIN;
    }

    double fraction(String objectId) {
        byte[] h = Digest.sha256Bytes((seed + ":" + objectId).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        return (bits >>> 11) * 0x1.0p-53;
    }
}
