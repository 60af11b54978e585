package org.iseg3d.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence file next to one model (Blend Swap's {@code BLENDSWAP_LICENSE.txt}): the licence it states on the line
 * after "Released under", the title and author from {@code Thank you for downloading "TITLE" by AUTHOR} and the
 * source from {@code Downloaded from URL}.
 *
 * @param licence the stated licence, empty when it is not one we accept (then the model is refused)
 * @param stated  the licence line as written
 */
public record ModelLicence(Optional<Licence> licence, String stated, String title, String author, String url) {

    private static final String[] FILES = {"BLENDSWAP_LICENSE.txt", "LICENSE.txt", "LICENSE.TXT"};
    private static final Pattern THANKS = Pattern.compile("downloading \"(.*)\" by (.+)");
    private static final Pattern SOURCE = Pattern.compile("Downloaded from (\\S+)");

    /** The licence file in the folder of {@code modelPath}, if there is one. */
    public static Optional<ModelLicence> near(LibraryFiles files, String modelPath) throws IOException {
        int slash = modelPath.lastIndexOf('/');
        String folder = slash < 0 ? "" : modelPath.substring(0, slash + 1);
        if (folder.isEmpty() || folder.equals("/")) {
            return Optional.empty(); // the library's own LICENSE.TXT, not a model's
        }
        for (String name : FILES) {
            Optional<InputStream> in = files.open(folder + name);
            if (in.isPresent()) {
                try (InputStream s = in.get()) {
                    return Optional.of(parse(new String(s.readAllBytes(), StandardCharsets.ISO_8859_1)));
                }
            }
        }
        return Optional.empty();
    }

    static ModelLicence parse(String text) {
        String[] lines = text.split("\\R");
        String stated = "";
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase("Released under")) {
                stated = lines[i + 1].strip();
                break;
            }
        }
        Optional<Licence> licence = Licence.classify(stated.isEmpty() ? text : stated);
        String title = "";
        String author = "";
        Matcher m = THANKS.matcher(text);
        if (m.find()) {
            title = m.group(1).strip();
            author = m.group(2).strip();
        }
        Matcher s = SOURCE.matcher(text);
        String url = s.find() ? s.group(1) : "";
        return new ModelLicence(licence, stated, title, author, url);
    }
}
