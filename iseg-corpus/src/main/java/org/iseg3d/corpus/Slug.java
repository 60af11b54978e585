package org.iseg3d.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** File-name-safe names: lower case ASCII letters, digits, {@code _} and {@code -}. */
final class Slug {

    private Slug() {}

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
