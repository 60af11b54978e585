package org.iseg3d.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers (split hashing, duplicate models). */
final class Digest {

    private Digest() {}

    static byte[] sha256Bytes(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(sha256Bytes(data));
    }
}
