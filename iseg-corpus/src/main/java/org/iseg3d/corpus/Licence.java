package org.iseg3d.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * A licence the corpus may use. Only CC0 and CC-BY (no NonCommercial, ShareAlike or NoDerivatives terms) are
 * accepted; anything else, or text we cannot read as one of them, is refused.
 *
 * @param id          short name, e.g. {@code CC-BY-3.0-US}
 * @param attribution whether users must credit the author (listed in CREDITS.md)
 * @param url         the licence's deed
 */
public record Licence(String id, boolean attribution, String url) {

    public static final Licence CC0 =
            new Licence("CC0-1.0", false, "https://creativecommons.org/publicdomain/zero/1.0/");
    public static final Licence CC_BY_3 =
            new Licence("CC-BY-3.0", true, "https://creativecommons.org/licenses/by/3.0/");
    public static final Licence CC_BY_3_US =
            new Licence("CC-BY-3.0-US", true, "https://creativecommons.org/licenses/by/3.0/us/");
    public static final Licence CC_BY_4 =
            new Licence("CC-BY-4.0", true, "https://creativecommons.org/licenses/by/4.0/");

    /** Reads a licence statement (catalog {@code license=} line, LICENSE.TXT, per-model licence text). */
    public static Optional<Licence> classify(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.contains("noncommercial")
                || t.contains("non-commercial")
                || t.contains("sharealike")
                || t.contains("share alike")
                || t.contains("share-alike")
                || t.contains("noderiv")
                || t.contains("no derivative")
                || t.contains("by-nc")
                || t.contains("by-sa")
                || t.contains("by-nd")) {
            return Optional.empty();
        }
        if (t.contains("attribution 3.0 united states") || t.contains("/by/3.0/us")) {
            return Optional.of(CC_BY_3_US);
        }
        if (t.contains("attribution 3.0") || t.contains("/by/3.0")) {
            return Optional.of(CC_BY_3);
        }
        if (t.contains("attribution 4.0") || t.contains("/by/4.0")) {
            return Optional.of(CC_BY_4);
        }
        if (t.contains("creative commons zero")
                || t.contains("cc0")
                || t.contains("publicdomain/zero")
                || t.strip().equals("public domain")) {
            return Optional.of(CC0);
        }
        return Optional.empty();
    }
}
