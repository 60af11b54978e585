package org.iseg3d.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iseg3d.bridge.load.ModelFormat;

/** Finds model files below the given paths, sorted; unknown or missing paths become failures. */
public final class ModelFiles {

    private ModelFiles() {}

    public static List<Path> find(List<Path> paths, List<Failure> failures) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> ModelFormat.of(f).isPresent())
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder", e);
                }
            } else if (!Files.exists(p)) {
                failures.add(new Failure(p.toString(), p + ": no such file or folder"));
            } else if (ModelFormat.of(p).isEmpty()) {
                failures.add(new Failure(
                        p.toString(), p + ": unknown model format (supported: " + ModelFormat.supportedList() + ")"));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
