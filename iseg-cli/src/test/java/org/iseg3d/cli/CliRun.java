package org.iseg3d.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.scenes.BenchmarkGenerator;
import org.iseg3d.scenes.Fixtures;

/** Runs the command line in-process for tests, capturing what it prints. */
record CliRun(int code, String out, String err) {

    /** Runs {@code iseg3d args...} with standard output and error captured (not thread-safe: swaps System.out). */
    static CliRun of(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Iseg3dCli.run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The committed fixtures laid out as a benchmark, {@code dir/<category>/<category>.glb}; returns {@code dir}. */
    static Path fixtureBenchmark(Path dir) throws IOException {
        for (String c : BenchmarkGenerator.categories()) {
            Path f = dir.resolve(c).resolve(c + ".glb");
            Files.createDirectories(f.getParent());
            try (var in = Fixtures.open(c)) {
                Files.copy(in, f);
            }
        }
        return dir;
    }
}
