package org.iseg3d.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny committed test libraries (our own models). */
final class Resources {

    private Resources() {}

    static Path root() {
        try {
            return Path.of(Resources.class.getResource("lib-cc-by").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
